// The sign-in form: the nickname (and the token, when the server asks for one), and why the server refused them.

import { $, describe, hideError, loadConfig, showError, showFieldError } from "./workbook.js";
import { connect } from "./session.js";

export function signIn(event) {
  event.preventDefault();
  hideErrors();
  loadConfig().then((config) => connect(config, $("nickname").value, $("token").value), // the server checks both, and says what is wrong
    (error) => showError("Could not load /api/config: " + describe(error)));
}

export function showSignInForm(enabled) {
  $("signin-form").hidden = !enabled;
  ["nickname", "token", "signin"].forEach((id) => { $(id).disabled = !enabled; });
  if (enabled) {
    $("nickname").focus();
  }
}

/** Shows why the nickname was refused under its field, or clears it. */
export function showNicknameError(message) {
  showFieldError("nickname", message);
}

/** Clears the page's error box and the nickname's. */
export function hideErrors() {
  hideError();
  showNicknameError("");
}
