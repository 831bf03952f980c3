"use strict";

// Lists the running steps. Every text goes in as text (textContent), never as HTML.
async function showSteps() {
  const list = document.getElementById("steps");
  const status = document.getElementById("status");
  try {
    const response = await fetch("/api/steps");
    if (!response.ok) {
      throw new Error("the launcher answered " + response.status);
    }
    const steps = await response.json();
    for (const step of steps) {
      list.appendChild(stepItem(step));
    }
    status.textContent = steps.length + (steps.length === 1 ? " step is" : " steps are") + " running.";
  } catch (error) {
    status.textContent = "Could not list the steps: " + error.message;
  }
}

function stepItem(step) {
  const item = document.createElement("li");
  item.className = "step";
  const link = document.createElement("a");
  link.href = step.pageUrl;
  link.textContent = step.title;
  link.id = "link-" + step.id;
  const details = document.createElement("p");
  details.textContent = step.id + " · page " + step.pageUrl + " · lesson " + step.lesson;
  item.append(link, details);
  return item;
}

showSteps();
