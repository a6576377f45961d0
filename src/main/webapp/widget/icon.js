/** A small line drawing (SVG path), not an emoji: not every system has a font with one. */
export function icon(shape) {
    const ns = 'http://www.w3.org/2000/svg';
    const drawing = document.createElementNS(ns, 'svg');
    drawing.setAttribute('viewBox', '0 0 24 24');
    drawing.setAttribute('width', '16');
    drawing.setAttribute('height', '16');
    drawing.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', shape);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-linecap', 'round');
    drawing.appendChild(path);
    return drawing;
}
