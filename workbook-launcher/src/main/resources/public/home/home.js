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
    showFinishedApp(steps.find((step) => step.id === FINISHED_APP));
    status.textContent = steps.length + (steps.length === 1 ? " step is" : " steps are") + " running.";
  } catch (error) {
    status.textContent = "Could not list the steps: " + error.message;
  }
}

// The last step is the finished chat: what the course builds, shown before the steps that build it.
const FINISHED_APP = "step04";

function showFinishedApp(step) {
  if (step) {
    document.getElementById("open-chat").href = reachable(step.pageUrl);
    document.getElementById("finished").hidden = false;
  }
}

// The launcher names its pages by 127.0.0.1; a classmate who opened this page by the instructor's
// address must reach the steps by that address too.
function reachable(pageUrl) {
  const url = new URL(pageUrl);
  url.hostname = location.hostname;
  return url.href;
}

function stepItem(step) {
  const item = document.createElement("li");
  item.className = "step";
  const link = document.createElement("a");
  link.href = reachable(step.pageUrl);
  link.textContent = step.title;
  link.id = "link-" + step.id;
  const details = document.createElement("p");
  const lesson = document.createElement("a");
  lesson.href = "/lessons/" + encodeURIComponent(step.lesson.replace(/^docs\//, ""));
  lesson.textContent = "the lesson, " + step.lesson;
  details.append(step.id + " · page " + reachable(step.pageUrl) + " · ", lesson);
  item.append(link, details);
  return item;
}

showSteps();
