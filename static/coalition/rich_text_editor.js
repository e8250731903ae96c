// The admin's rich-text editor (coalition/admin/rich_text.py): django-prose-editor's build,
// imported by address (no import map, so no inline script under the site's CSP), with
// only what rich text keeps (coalition/rich_text.py), an accessible name and the field's
// language and direction, and a picker of the site's pages for internal links.
import {
  Bold,
  BulletList,
  Document,
  Dropcursor,
  Gapcursor,
  HardBreak,
  Heading,
  History,
  Italic,
  Link,
  ListItem,
  Menu,
  OrderedList,
  Paragraph,
  Text,
  Editor,
  crel,
  initializeEditors,
} from "../django_prose_editor/editor.js";

const ATTRIBUTE = "data-rich-text";
let linksPromise = null;

function loadLinks(url) {
  if (!linksPromise) {
    linksPromise = fetch(url, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : { groups: [] }))
      .catch(() => ({ groups: [] }));
  }
  return linksPromise;
}

function labelOf(textarea) {
  const label = textarea.id && document.querySelector(`label[for="${textarea.id}"]`);
  return label ? label.textContent.replace(/:\s*$/, "").trim() : textarea.name;
}

function addPicker(editor, textarea, config) {
  const labels = config.labels;
  const box = document.createElement("div");
  box.className = "rich-text-links";
  const selectId = `${textarea.id}-link`;
  const helpId = `${textarea.id}-link-help`;
  const label = document.createElement("label");
  label.htmlFor = selectId;
  label.textContent = labels.picker;
  const select = document.createElement("select");
  select.id = selectId;
  select.setAttribute("aria-describedby", helpId);
  const first = document.createElement("option");
  first.value = "";
  first.textContent = labels.choose;
  select.append(first);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.textContent = labels.apply;
  const help = document.createElement("p");
  help.className = "help";
  help.id = helpId;
  help.textContent = labels.help;
  const status = document.createElement("p");
  status.className = "rich-text-status";
  status.setAttribute("role", "status");
  box.append(label, select, button, help, status);
  const container = textarea.closest(".prose-editor") || textarea;
  container.after(box);

  loadLinks(config.links).then(({ groups }) => {
    for (const group of groups) {
      const optgroup = document.createElement("optgroup");
      optgroup.label = group.label;
      for (const item of group.items) {
        const option = document.createElement("option");
        option.value = item.ref;
        option.textContent = item.label;
        optgroup.append(option);
      }
      select.append(optgroup);
    }
  });

  button.addEventListener("click", () => {
    status.textContent = "";
    if (!select.value) {
      select.focus();
      return;
    }
    if (editor.state.selection.empty) {
      status.textContent = labels.nothing_selected;
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: select.value }).run();
  });
}

// As the package's createTextareaEditor, but without the <style> element that the editor
// adds by default (the CSP allows no inline style): those rules are in rich_text_editor.css.
function createTextareaEditor(textarea, extensions) {
  const disabled = textarea.hasAttribute("disabled");
  const wrapper = crel("div", { className: `prose-editor ${disabled ? "disabled" : ""}` });
  textarea.before(wrapper);
  wrapper.append(textarea);
  return new Editor({
    element: wrapper,
    editable: !disabled,
    injectCSS: false,
    extensions,
    content: textarea.value,
    onUpdate({ editor }) {
      const html = editor.getHTML();
      // An editor always holds one paragraph: empty, the field is empty.
      textarea.value = /^<(\w+)(\s[^>]*)?><\/\1>$/i.test(html) ? "" : html;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
    onDestroy() {
      wrapper.before(textarea);
      wrapper.remove();
    },
  });
}

function createEditor(textarea) {
  if (textarea.closest(".prose-editor")) return null;
  const config = JSON.parse(textarea.getAttribute(ATTRIBUTE) || "{}");
  const editor = createTextareaEditor(textarea, [
    Document,
    Dropcursor,
    Gapcursor,
    Paragraph,
    HardBreak,
    Text,
    History,
    Menu,
    Bold,
    Italic,
    Heading.configure({ levels: [2, 3] }),
    BulletList,
    OrderedList,
    ListItem,
    Link.configure({ openOnClick: false, enableTarget: false, protocols: ["item"] }),
  ]);
  const attributes = {
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": labelOf(textarea),
  };
  for (const name of ["lang", "dir"]) {
    if (textarea.getAttribute(name)) attributes[name] = textarea.getAttribute(name);
  }
  editor.setOptions({ editorProps: { attributes } });
  const wrapper = textarea.closest(".prose-editor");
  if (wrapper && textarea.getAttribute("dir")) wrapper.setAttribute("dir", textarea.getAttribute("dir"));
  if (config.links) addPicker(editor, textarea, config);
  return editor;
}

initializeEditors(createEditor, `[${ATTRIBUTE}]`);
