// A network that delivers every room message twice, and loses the first live one with the text
// arguments[0]: put between the page and receive through delivery.js's useNetwork, the page's seam
// for it. Run with executeAsyncScript; answers "ready" once in place.
const [lostText, done] = arguments;
import("/delivery.js").then((delivery) => {
  let lost = false;
  delivery.useNetwork((message, pass) => {
    if (!lost && message.text === lostText) {
      lost = true;
      return;
    }
    pass(message);
    pass(message);
  });
  done("ready");
}, (error) => done("could not import delivery.js: " + error));
