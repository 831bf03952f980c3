// The kit's typing, put before a test's page script by TestScripts.withTyping: a person's keys
// and clicks in one round trip, where WebDriver takes one command a key.
/** Fails as WebDriver would on an element a person cannot use: disabled, or not on screen. */
const usable = (id) => {
  const control = document.getElementById(id);
  if (control.disabled || !control.checkVisibility()) {
    throw new Error("#" + id + " cannot be used now: it is " + (control.disabled ? "disabled" : "hidden"));
  }
  return control;
};
/**
 * Types text at the end of a field as a person would: only where a person could, no further than
 * the field's maxlength, with the input event that typing fires.
 */
const type = (id, text) => {
  const field = usable(id);
  const room = field.maxLength >= 0 ? Math.max(0, field.maxLength - field.value.length) : text.length;
  field.value += text.slice(0, room);
  field.dispatchEvent(new Event("input", { bubbles: true }));
};
/** Types text at the end of a field, then presses a button. */
const typeAndPress = (id, text, button) => {
  type(id, text);
  usable(button).click();
};
