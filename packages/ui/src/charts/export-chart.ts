/*
 * Export a chart's SVG as a file: the SVG itself, or a PNG drawn from it at twice the
 * size. Charts draw with presentation attributes (fill, stroke), not stylesheet classes,
 * so the exported file looks as the chart on screen.
 */

function serialize(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A safe file name from a chart title. */
export function chartFileName(title: string, extension: 'svg' | 'png'): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'figuur';
  return `${base}.${extension}`;
}

export function exportSvg(svg: SVGSVGElement, title: string): void {
  download(new Blob([serialize(svg)], { type: 'image/svg+xml' }), chartFileName(title, 'svg'));
}

export async function exportPng(svg: SVGSVGElement, title: string, scale = 2): Promise<void> {
  const box = svg.viewBox.baseVal;
  const width = Math.round((box?.width || svg.clientWidth || 600) * scale);
  const height = Math.round((box?.height || svg.clientHeight || 400) * scale);
  const image = new Image();
  // A data: address, not a blob: one: the portal's CSP allows images from 'self' and data:
  // only, and refused the blob: image, so no PNG was ever made in the real portal.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialize(svg))}`;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('De figuur kon niet als afbeelding worden getekend.'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Deze browser kan geen PNG maken.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('Deze browser kan geen PNG maken.');
  download(blob, chartFileName(title, 'png'));
}
