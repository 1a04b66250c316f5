/*
 * infoint: keep a Voilà page from going dead in silence (issue 11, "never a dead page").
 *
 * 1. Upload guard. ipywidgets 8's FileUpload reads the chosen file and sends all of it in
 *    one websocket message; the server closes a socket whose message is over its limit
 *    before any Python runs. So a file over the importer's limit (maxUploadBytes, from
 *    infoint.io.importing.MAX_BYTES through the template's resources) is refused here,
 *    before it is read or sent, with a message beside the upload button. The widget's
 *    <input type=file> is never in the document, so the guard wraps
 *    HTMLInputElement.click, which the widget calls to open the file chooser, and adds a
 *    capturing "change" listener: at the target, capturing listeners run before the
 *    widget's own, so stopping the event there keeps the file from being read.
 *
 * 2. Connection banner. When the kernel's websocket closes, or the kernel dies or is
 *    restarted (its widgets are then gone), a banner says "Connection lost: reload; your
 *    saved work is safe." (role=alert, so screen readers announce it). It stays: the
 *    widgets on the page no longer reach a kernel, and reloading is always safe because
 *    every confirmed change is already in the store. The apps' status lines are hidden
 *    (infoint-page.css), so an old "Check the preview, then import" is not the last word.
 *
 * 3. "Widgets live" signal. The browser's widget manager drops an update that reaches a
 *    widget after the page read its state and before it made its model, so an app's heavy
 *    parts (the journey's charts) wait for this page to say it is past that: once an app's
 *    element is on the page, every model under it exists. Once every app is shown and
 *    painted, a comm to "infoint.page_ready" tells the kernel (infoint/ui/turns.py) to go on.
 *
 * Nothing here fetches anything; no learner text is written as markup (textContent only).
 */
(function () {
  "use strict";

  function readConfig() {
    var el = document.getElementById("infoint-page-config");
    try {
      return (el && JSON.parse(el.textContent)) || {};
    } catch (e) {
      return {};
    }
  }

  var config = readConfig();
  var maxBytes = Number(config.maxUploadBytes) || 0;
  var MB = 1024 * 1024;

  function megabytes(n) {
    return (n / MB).toFixed(1) + " MB";
  }

  /* ---- 1. upload guard ---------------------------------------------------------- */

  var lastUploadButton = null;
  document.addEventListener(
    "click",
    function (event) {
      var target = event.target;
      var button = target && target.closest ? target.closest(".widget-upload") : null;
      if (button) {
        lastUploadButton = button;
      }
    },
    true
  );

  function uploadMessageFor(button) {
    if (!button || !button.parentNode) {
      return null;
    }
    var next = button.nextElementSibling;
    if (next && next.classList.contains("infoint-upload-refused")) {
      return next;
    }
    return null;
  }

  function clearUploadMessage(button) {
    var old = uploadMessageFor(button);
    if (old) {
      old.parentNode.removeChild(old);
    }
  }

  function showUploadRefused(button, file) {
    var text =
      "Could not import " + (file.name || "this file") + ": the file is " +
      megabytes(file.size) + "; the limit is " + Math.floor(maxBytes / MB) +
      " MB. Nothing was sent or saved. Export fewer contacts (or split the file) " +
      "and choose it again.";
    var message = document.createElement("p");
    message.className = "infoint-upload-refused";
    message.setAttribute("role", "alert");
    message.textContent = text;
    if (button && button.parentNode) {
      clearUploadMessage(button);
      button.parentNode.insertBefore(message, button.nextSibling);
    } else {
      document.body.insertBefore(message, document.body.firstChild);
    }
    return message;
  }

  function guardChange(event) {
    var input = event.currentTarget;
    var files = Array.prototype.slice.call(input.files || []);
    var tooBig = files.filter(function (f) {
      return f.size > maxBytes;
    });
    var button = lastUploadButton;
    if (!tooBig.length) {
      clearUploadMessage(button);
      return;
    }
    // Keep the widget from reading and sending the file; empty the input so choosing
    // the same file again still fires "change".
    event.stopImmediatePropagation();
    input.value = "";
    showUploadRefused(button, tooBig[0]);
  }

  if (maxBytes > 0 && window.HTMLInputElement) {
    var nativeClick = HTMLInputElement.prototype.click;
    HTMLInputElement.prototype.click = function () {
      if (this.type === "file" && !this.__infointGuarded) {
        this.__infointGuarded = true;
        this.addEventListener("change", guardChange, true);
      }
      return nativeClick.apply(this, arguments);
    };
  }

  /* ---- 2. connection banner ----------------------------------------------------- */

  var leaving = false;
  window.addEventListener("beforeunload", function () {
    leaving = true;
  });
  window.addEventListener("pagehide", function () {
    leaving = true;
  });

  var BANNER_TEXT = "Connection lost: reload; your saved work is safe.";

  function showConnectionLost(reason) {
    if (leaving || document.getElementById("infoint-connection-lost")) {
      return;
    }
    var banner = document.createElement("div");
    banner.id = "infoint-connection-lost";
    banner.className = "infoint-connection-lost";
    banner.setAttribute("role", "alert");
    banner.setAttribute("data-reason", reason);
    var text = document.createElement("span");
    text.textContent = BANNER_TEXT;
    var reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = "Reload";
    reload.addEventListener("click", function () {
      window.location.reload();
    });
    banner.appendChild(text);
    banner.appendChild(reload);
    document.body.insertBefore(banner, document.body.firstChild);
    document.body.classList.add("infoint-disconnected");
    // Room above the page for the banner, however many lines it wraps to.
    document.body.style.paddingTop = banner.offsetHeight + "px";
  }

  var GONE = { dead: true, restarting: true, autorestarting: true, terminating: true };

  function watch(kernel) {
    var wasConnected = kernel.connectionStatus === "connected";
    kernel.connectionStatusChanged.connect(function (_k, status) {
      if (status === "connected") {
        wasConnected = true;
      } else if (wasConnected) {
        showConnectionLost("socket " + status);
      }
    });
    kernel.statusChanged.connect(function (_k, status) {
      if (GONE[status]) {
        showConnectionLost("kernel " + status);
      }
    });
    if (GONE[kernel.status]) {
      showConnectionLost("kernel " + kernel.status);
    }
  }

  // Voilà sets window.jupyterapp once its app has started; the widget manager holds the
  // page's kernel connection. Wait for both (a long notebook can take a while).
  function pageKernel() {
    var app = window.jupyterapp;
    var manager = app && app.widgetManager;
    return manager && manager.kernel;
  }

  var tries = 0;
  var timer = window.setInterval(function () {
    var kernel = pageKernel();
    tries += 1;
    if (kernel && kernel.connectionStatusChanged && kernel.statusChanged) {
      window.clearInterval(timer);
      watch(kernel);
    } else if (tries > 1200) {
      window.clearInterval(timer); // 5 minutes: this page has no kernel to watch
    }
  }, 250);

  // Every model under an app exists once its element is shown: a
  // box's view renders only after its model has unpacked all its children's models.
  // The signal waits until every app on the page (the workshop's and the step's inside
  // it) has a size, and then for the frame after next: what the kernel builds next then
  // comes after the first paint instead of racing it for the machine's cores.
  function appsShown() {
    var apps = document.querySelectorAll(".infoint-app");
    if (!apps.length) {
      return false;
    }
    for (var i = 0; i < apps.length; i += 1) {
      var box = apps[i].getBoundingClientRect();
      if (!(box.width > 0 && box.height > 0)) {
        return false;
      }
    }
    return true;
  }

  function afterPaint(then) {
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(then);
    });
  }

  var readyTries = 0;
  var readyTimer = window.setInterval(function () {
    var kernel = pageKernel();
    readyTries += 1;
    if (kernel && kernel.createComm && appsShown()) {
      window.clearInterval(readyTimer);
      afterPaint(function () {
        try {
          kernel.createComm("infoint.page_ready").open({});
        } catch (e) {
          // The kernel then draws after its own fallback delay.
        }
      });
    } else if (readyTries > 6000) {
      window.clearInterval(readyTimer); // 5 minutes: no app on this page
    }
  }, 50);

  window.infointPage = { showConnectionLost: showConnectionLost, maxUploadBytes: maxBytes };
})();
