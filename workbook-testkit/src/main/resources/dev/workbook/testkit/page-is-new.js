// Run by TwoWindowBrowser: true once the window shows the document navigate-soon.js asked for,
// fully loaded.
return document.readyState === "complete" && document.documentElement.dataset.workbookOld === undefined;
