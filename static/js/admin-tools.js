/* The admin's small helpers, for CSP's script-src 'self' (no inline script):
 * - copy buttons for share links (without JavaScript the link is plain, selectable text);
 * - ordering rows by dragging, or with "Move up"/"Move down" buttons and the arrow keys,
 *   announced in a live region. The number fields stay: without JavaScript staff type the
 *   order, and with it they are renumbered as rows move. Saving is the form's own.
 */
(function () {
  "use strict";
  if (window.coalitionAdminTools) {
    return;
  }
  window.coalitionAdminTools = true;

  function liveRegion() {
    let region = document.getElementById("admin-tools-status");
    if (!region) {
      region = document.createElement("p");
      region.id = "admin-tools-status";
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    return region;
  }

  function announce(message) {
    const region = liveRegion();
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = message;
    }, 50);
  }

  // Copy buttons --------------------------------------------------------------------------
  function setUpCopy() {
    if (!navigator.clipboard || !window.isSecureContext) {
      return; // the link stays as text to select and copy
    }
    document.querySelectorAll("button.copy-link[data-copy-target]").forEach(function (button) {
      const link = document.getElementById(button.dataset.copyTarget);
      if (!link) {
        return;
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(link.href).then(function () {
          announce(button.dataset.copied);
        });
      });
    });
  }

  // Ordering ------------------------------------------------------------------------------
  const ROW = "tr, .inline-related";

  function rowsOf(container) {
    return Array.from(container.children).filter(function (row) {
      return (
        row.matches(ROW) &&
        !row.classList.contains("empty-form") &&
        row.querySelector("input[data-order-field]")
      );
    });
  }

  function renumber(container) {
    const rows = rowsOf(container);
    const inputs = rows.map(function (row) {
      return row.querySelector("input[data-order-field]");
    });
    const values = inputs
      .map(function (input) {
        const value = parseInt(input.value, 10);
        return Number.isNaN(value) ? 0 : value;
      })
      .sort(function (a, b) {
        return a - b;
      });
    // The same numbers in the new order, made strictly increasing (rows all at 0 get 0, 1, 2…).
    for (let i = 1; i < values.length; i += 1) {
      values[i] = Math.max(values[i], values[i - 1] + 1);
    }
    inputs.forEach(function (input, i) {
      input.value = values[i];
    });
  }

  function moved(row, input) {
    const container = row.parentElement;
    renumber(container);
    const rows = rowsOf(container);
    const message = input.dataset.moved
      .replace("%(position)s", rows.indexOf(row) + 1)
      .replace("%(count)s", rows.length);
    announce(message);
  }

  function move(row, input, direction, focusButton) {
    const rows = rowsOf(row.parentElement);
    const index = rows.indexOf(row);
    const target = rows[index + direction];
    if (!target) {
      return;
    }
    if (direction < 0) {
      row.parentElement.insertBefore(row, target);
    } else {
      row.parentElement.insertBefore(target, row);
    }
    moved(row, input);
    if (focusButton) {
      focusButton.focus();
    }
  }

  function button(label, symbol, className) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "order-button " + className;
    element.setAttribute("aria-label", label);
    element.title = label;
    element.textContent = symbol;
    return element;
  }

  let dragged = null;

  function setUpOrdering() {
    document.querySelectorAll("input[data-order-field]").forEach(function (input) {
      const row = input.closest(ROW);
      if (!row || row.classList.contains("empty-form") || input.dataset.orderReady) {
        return;
      }
      input.dataset.orderReady = "1";
      const tools = document.createElement("span");
      tools.className = "order-tools";
      const handle = document.createElement("span");
      handle.className = "order-handle";
      handle.setAttribute("aria-hidden", "true");
      handle.draggable = true;
      handle.textContent = "⠿";
      const up = button(input.dataset.moveUp, "↑", "order-up");
      const down = button(input.dataset.moveDown, "↓", "order-down");
      up.addEventListener("click", function () {
        move(row, input, -1, up);
      });
      down.addEventListener("click", function () {
        move(row, input, 1, down);
      });
      [up, down].forEach(function (element) {
        element.addEventListener("keydown", function (event) {
          if (event.key === "ArrowUp" || event.key === "ArrowDown") {
            event.preventDefault();
            move(row, input, event.key === "ArrowUp" ? -1 : 1, element);
          }
        });
      });
      handle.addEventListener("dragstart", function (event) {
        dragged = row;
        row.classList.add("order-dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", "");
      });
      handle.addEventListener("dragend", function () {
        row.classList.remove("order-dragging");
        dragged = null;
      });
      row.addEventListener("dragover", function (event) {
        if (dragged && dragged !== row && dragged.parentElement === row.parentElement) {
          event.preventDefault();
        }
      });
      row.addEventListener("drop", function (event) {
        if (!dragged || dragged === row || dragged.parentElement !== row.parentElement) {
          return;
        }
        event.preventDefault();
        const box = row.getBoundingClientRect();
        const after = event.clientY > box.top + box.height / 2;
        row.parentElement.insertBefore(dragged, after ? row.nextSibling : row);
        moved(dragged, dragged.querySelector("input[data-order-field]"));
      });
      tools.append(handle, up, down);
      input.insertAdjacentElement("afterend", tools);
    });
  }

  function ready() {
    setUpCopy();
    setUpOrdering();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
