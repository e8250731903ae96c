/* The language tabs of translated fields (django-modeltranslation's columns: title_en,
 * title_fr, ...), in the WAI-ARIA tabs pattern: a tablist of buttons, one tabpanel per
 * language holding that language's field, arrow keys (mirrored right to left), Home and
 * End. Choosing a language shows it in every translated field of the page. Replaces
 * modeltranslation's jQuery UI tabs, whose list items nest links (coalition/admin/base.py).
 * Without JavaScript every language's field is simply shown, one under the other. */
(function () {
  "use strict";

  var PREFIX = "mt-field-";
  var counter = 0;

  function languageOf(field) {
    for (var i = 0; i < field.classList.length; i += 1) {
      var name = field.classList[i];
      if (name.indexOf(PREFIX) === 0) {
        return name.slice(name.lastIndexOf("-") + 1);
      }
    }
    return null;
  }

  function languageName(code, inLanguage) {
    try {
      var name = new Intl.DisplayNames([inLanguage], { type: "language" }).of(code);
      return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
    } catch (error) {
      return code.toUpperCase();
    }
  }

  function pageLanguage() {
    return document.documentElement.lang || "en";
  }

  // Each translated field's languages, in page order: [{key, fields: [{language, field}]}].
  function groupsIn(root) {
    var groups = [], byKey = {};
    root.querySelectorAll("input.mt, textarea.mt, select.mt").forEach(function (field) {
      var language = languageOf(field);
      if (!language || !field.id || field.id.indexOf("__prefix__") !== -1) {
        return;
      }
      if (field.closest(".language-tabs, .empty-form, .tabular")) {
        return;
      }
      var key = field.id.slice(0, field.id.length - language.length - 1);
      if (!byKey[key]) {
        byKey[key] = { key: key, fields: [] };
        groups.push(byKey[key]);
      }
      byKey[key].fields.push({ language: language, field: field });
    });
    return groups.filter(function (group) {
      return group.fields.length > 1;
    });
  }

  function containerOf(field) {
    return field.closest(".fieldBox") || field.closest(".form-row");
  }

  // "Title [en]": the language goes into the tab; the label keeps it for screen readers.
  function relabel(container, language) {
    var label = container.querySelector("label");
    if (!label) {
      return "";
    }
    var suffix = " [" + language + "]";
    Array.prototype.slice.call(label.childNodes).forEach(function (node) {
      var at = node.nodeType === Node.TEXT_NODE ? node.textContent.indexOf(suffix) : -1;
      if (at !== -1) {
        var rest = node.splitText(at);
        rest.textContent = rest.textContent.slice(suffix.length);
        var hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = " (" + languageName(language, pageLanguage()) + ")";
        rest.before(hidden);
      }
    });
    return Array.prototype.filter
      .call(label.childNodes, function (node) {
        return !(node.classList && node.classList.contains("visually-hidden"));
      })
      .map(function (node) {
        return node.textContent;
      })
      .join("")
      .replace(/[:\s]+$/, "")
      .trim();
  }

  function select(tablist, language, moveFocus) {
    tablist.querySelectorAll("[role=tab]").forEach(function (tab) {
      var chosen = tab.dataset.language === language;
      tab.setAttribute("aria-selected", chosen ? "true" : "false");
      tab.tabIndex = chosen ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !chosen;
      if (chosen && moveFocus) {
        tab.focus();
      }
    });
  }

  // Every translated field of the page shows the language chosen in one of them.
  function selectEverywhere(language, focusIn) {
    document.querySelectorAll(".language-tabs > [role=tablist]").forEach(function (tablist) {
      if (tablist.querySelector('[data-language="' + language + '"]')) {
        select(tablist, language, tablist === focusIn);
      }
    });
  }

  function onKeydown(event) {
    var tab = event.target.closest("[role=tab]");
    if (!tab) {
      return;
    }
    var tabs = Array.prototype.slice.call(tab.parentNode.querySelectorAll("[role=tab]"));
    var index = tabs.indexOf(tab);
    var forward = getComputedStyle(tab).direction === "rtl" ? "ArrowLeft" : "ArrowRight";
    var backward = forward === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
    var next = {
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (event.key === forward) {
      next = (index + 1) % tabs.length;
    } else if (event.key === backward) {
      next = (index - 1 + tabs.length) % tabs.length;
    }
    if (next === undefined) {
      return;
    }
    event.preventDefault();
    selectEverywhere(tabs[next].dataset.language, tab.parentNode);
  }

  function build(group) {
    var first = containerOf(group.fields[0].field);
    if (!first) {
      return;
    }
    var wrapper = document.createElement("div");
    wrapper.className = "language-tabs";
    var tablist = document.createElement("div");
    tablist.setAttribute("role", "tablist");
    wrapper.appendChild(tablist);
    first.before(wrapper);

    var initial = null, name = "";
    group.fields.forEach(function (item) {
      var container = containerOf(item.field);
      counter += 1;
      var tab = document.createElement("button");
      var panel = document.createElement("div");
      tab.type = "button";
      tab.id = "language-tab-" + counter;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", "language-panel-" + counter);
      tab.dataset.language = item.language;
      tab.lang = item.language;
      tab.textContent = languageName(item.language, item.language);
      panel.id = "language-panel-" + counter;
      panel.className = "language-panel";
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      var label = relabel(container, item.language);
      name = name || label;
      if (container.querySelector(".required, [required]")) {
        tab.classList.add("required");
      }
      if (container.classList.contains("errors") || container.querySelector(".errorlist")) {
        tab.classList.add("has-errors");
        initial = initial || item.language;
      }
      panel.appendChild(container);
      tablist.appendChild(tab);
      wrapper.appendChild(panel);
    });
    tablist.setAttribute("aria-label", name || group.key);

    var languages = group.fields.map(function (item) {
      return item.language;
    });
    var wanted = pageLanguage().split("-")[0];
    select(tablist, initial || (languages.indexOf(wanted) !== -1 ? wanted : languages[0]), false);
    tablist.addEventListener("click", function (event) {
      var tab = event.target.closest("[role=tab]");
      if (tab) {
        selectEverywhere(tab.dataset.language, tablist);
      }
    });
    tablist.addEventListener("keydown", onKeydown);
  }

  function init(root) {
    groupsIn(root).forEach(build);
  }

  document.addEventListener("DOMContentLoaded", function () {
    init(document);
  });
  // A row added to an inline (Django's inlines.js): its translated fields get tabs too.
  document.addEventListener("formset:added", function (event) {
    init(event.target);
  });
})();
