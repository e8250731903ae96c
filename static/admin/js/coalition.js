/* What every admin page gets on top of Django's scripts (templates/admin/base_site.html):
 * names and roles that the markup drawn by Django's and select2's scripts lacks, applied
 * again whenever those scripts redraw (a new inline row, a choice in an autocomplete).
 * - date and time inputs (SplitDateTimeWidget) are named by their field's label and by
 *   "Date:"/"Time:";
 * - select2's boxes (autocomplete fields) are named by their field's label, and its list of
 *   choices holds list items only;
 * - the filter widgets' search icons (SelectFilter2) are images with a name;
 * - empty table header cells (the tabular inlines' first and last columns) become cells. */
(function () {
  "use strict";

  var counter = 0;

  function idOf(element) {
    if (!element.id) {
      counter += 1;
      element.id = "coalition-a11y-" + counter;
    }
    return element.id;
  }

  function fieldLabel(element) {
    var row = element.closest(".form-row, .fieldBox, td, .form-group");
    if (!row) {
      return null;
    }
    var select = row.querySelector("select[id], input[id]");
    var label = select && document.querySelector('label[for="' + select.id + '"]');
    return label || row.querySelector("label");
  }

  function nameDateTimes(root) {
    root.querySelectorAll("p.datetime").forEach(function (paragraph) {
      var label = fieldLabel(paragraph);
      paragraph.querySelectorAll("input").forEach(function (input) {
        if (input.hasAttribute("aria-labelledby") || input.type === "hidden") {
          return;
        }
        var text = input.previousSibling;
        while (text && text.nodeType === Node.TEXT_NODE && !text.textContent.trim()) {
          text = text.previousSibling;
        }
        var ids = label ? [idOf(label)] : [];
        if (text && text.nodeType === Node.TEXT_NODE) {
          var span = document.createElement("span");
          span.textContent = text.textContent;
          text.replaceWith(span);
          ids.push(idOf(span));
        } else if (text && text.nodeType === Node.ELEMENT_NODE && text.tagName === "SPAN") {
          ids.push(idOf(text));
        }
        if (ids.length) {
          input.setAttribute("aria-labelledby", ids.join(" "));
        }
      });
    });
  }

  function nameSelect2(root) {
    root.querySelectorAll("span.select2-container").forEach(function (container) {
      var select = container.previousElementSibling;
      if (!select || select.tagName !== "SELECT") {
        return;
      }
      var label = select.id && document.querySelector('label[for="' + select.id + '"]');
      var name = label ? idOf(label) : null;
      container.querySelectorAll(
        '[role="combobox"], [role="textbox"], .select2-search__field'
      ).forEach(function (element) {
        if (name) {
          element.setAttribute("aria-labelledby", name);
        } else if (select.getAttribute("aria-label")) {
          element.setAttribute("aria-label", select.getAttribute("aria-label"));
        }
      });
      container.querySelectorAll("ul.select2-selection__rendered").forEach(function (list) {
        Array.prototype.forEach.call(list.children, function (child) {
          if (child.tagName !== "LI") {
            list.before(child);
          }
        });
      });
    });
  }

  function nameIcons(root) {
    root.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  function emptyHeaders(root) {
    root.querySelectorAll("table th").forEach(function (header) {
      if (!header.textContent.trim() && !header.querySelector("input, img, svg")) {
        var cell = document.createElement("td");
        Array.prototype.forEach.call(header.attributes, function (attribute) {
          cell.setAttribute(attribute.name, attribute.value);
        });
        header.replaceWith(cell);
      }
    });
  }

  function fix() {
    nameDateTimes(document);
    nameSelect2(document);
    nameIcons(document);
    emptyHeaders(document);
  }

  var pending = false;
  function later() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        fix();
      });
    }
  }

  document.addEventListener("DOMContentLoaded", fix);
  window.addEventListener("load", function () {
    fix();
    new MutationObserver(later).observe(document.body, { childList: true, subtree: true });
  });
})();
