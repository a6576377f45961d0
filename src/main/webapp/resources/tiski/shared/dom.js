/**
 * Building the page's elements. Every text is a text node (textContent): nothing from the server,
 * a customer or an agent is ever parsed as markup.
 */
export function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(name => node.setAttribute(name, attributes[name]));
    (children || []).forEach(child => {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
}
