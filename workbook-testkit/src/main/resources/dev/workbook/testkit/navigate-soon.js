// Run by TwoWindowBrowser: marks this document as the old one, then starts loading arguments[0]
// in this window without waiting for it, so that the other window can load meanwhile. The new
// document has no mark: page-is-new.js tells the two apart.
document.documentElement.dataset.workbookOld = "true";
setTimeout(() => location.assign(arguments[0]), 0);
