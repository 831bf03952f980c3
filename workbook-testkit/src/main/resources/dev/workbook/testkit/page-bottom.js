// Run by PageLayout: scrolled to the page's top, where element arguments[0] ends, in CSS pixels
// from the window's top, and how large the window's viewport is.
window.scrollTo(0, 0);
const box = document.getElementById(arguments[0]).getBoundingClientRect();
return { bottom: box.bottom, viewport: window.innerHeight, width: window.innerWidth };
