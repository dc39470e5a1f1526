'use strict';
// Renders a roadmap document in a worker thread (piscina), so that a large PDF never blocks the event
// loop of the API. Plain JavaScript: worker threads load it as it is, in the built app and in tests.
// Everything a document needs that is a function (table layouts, the footer, the page-break rule, the
// watermark's drawing) is defined here: templates describe it as data, since functions do not cross threads.
const path = require('node:path');
const fs = require('node:fs');
const pdfmake = require('pdfmake');

const pdfmakeDir = path.dirname(require.resolve('pdfmake/package.json'));
// Noto Sans: Latin and Cyrillic with the typographic spaces French needs (U+202F), which Roboto lacks.
const fontDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const font = (style) => path.join(fontDir, style, `NotoSans_${style}.ttf`);
const FONT_FILES = {
  normal: font('400Regular'),
  bold: font('600SemiBold'),
  italics: font('400Regular_Italic'),
  bolditalics: font('600SemiBold_Italic'),
};
pdfmake.setFonts({ NotoSans: FONT_FILES });
// Documents are built from data only: no URL is fetched and no file but the fonts is read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));

const RULE = '#c8d0d8';
const ACCENT = '#1f4e79';
/** The footer's grey: 5.8:1 on white (WCAG 2 asks 4.5:1 for text). */
const MUTED = '#5b6770';

// Table layouts are functions, which cannot travel to the worker: templates name them instead.
pdfmake.addTableLayouts({
  roadmap: {
    fillColor: (row) => (row === 0 ? '#eef3f8' : null),
    hLineColor: () => RULE,
    vLineColor: () => RULE,
  },
  // The cover's edition marking: a framed band that cannot be missed.
  marking: {
    hLineWidth: () => 1.5,
    vLineWidth: () => 1.5,
    hLineColor: () => ACCENT,
    vLineColor: () => ACCENT,
    paddingLeft: () => 10,
    paddingRight: () => 10,
    paddingTop: () => 7,
    paddingBottom: () => 7,
  },
  // The timeline: thin rules between rows, none between the label and its bar.
  timeline: {
    hLineWidth: () => 0.3,
    vLineWidth: () => 0,
    hLineColor: () => RULE,
    paddingLeft: () => 2,
    paddingRight: () => 0,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  },
});

// The watermark is drawn from the font's glyph outlines: as text, readers and extractors spoke it after
// every footer ("P R O J E T"). fontkit is pdfkit's own dependency (pdfmake → pdfkit → fontkit), resolved
// from pdfkit's directory so that no package is added and no hoisting is assumed.
const fontkit = require(
  require.resolve('fontkit', { paths: [path.dirname(require.resolve('pdfkit/package.json', { paths: [pdfmakeDir] }))] }),
);
/** @type {Map<string, import('fontkit').Font>} */
const outlineFonts = new Map();
function outlineFont(file) {
  if (!outlineFonts.has(file)) outlineFonts.set(file, fontkit.create(fs.readFileSync(file)));
  return outlineFonts.get(file);
}

/**
 * The watermark spec of a definition ({ text, color, opacity, bold, italics, angle? }) as a page background:
 * one SVG path, the text's glyph outlines laid out by the font (kerning included), centred and turned along
 * the page's diagonal, filled with the colour at the given opacity. Built once per document, not per page.
 */
function watermarkSvg(spec, pageSize) {
  const variant = spec.bold ? (spec.italics ? 'bolditalics' : 'bold') : spec.italics ? 'italics' : 'normal';
  const font = outlineFont(FONT_FILES[variant]);
  const run = font.layout(String(spec.text));
  let x = 0;
  const paths = run.glyphs.map((glyph, index) => {
    const position = run.positions[index];
    const d = glyph.path.translate(x + position.xOffset, position.yOffset).toSVG();
    x += position.xAdvance;
    return d;
  });
  const { width, height } = pageSize;
  const diagonal = Math.hypot(width, height);
  // As wide as 60% of the diagonal, but no taller than a fifth of the page's width.
  const scale = Math.min((diagonal * 0.6) / Math.max(x, 1), (width * 0.2) / font.capHeight);
  const angle = typeof spec.angle === 'number' ? spec.angle : (Math.atan2(height, width) * -180) / Math.PI;
  const r = (n) => Math.round(n * 1000) / 1000;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(width)}" height="${r(height)}" viewBox="0 0 ${r(width)} ${r(height)}">` +
    `<g transform="translate(${r(width / 2)} ${r(height / 2)}) rotate(${r(angle)}) scale(${r(scale)} ${r(-scale)}) translate(${r(-x / 2)} ${r(-font.capHeight / 2)})">` +
    `<path d="${paths.join('')}" fill="${spec.color || '#000000'}" fill-opacity="${typeof spec.opacity === 'number' ? spec.opacity : 0.6}"/>` +
    '</g></svg>';
  return { svg, width, height };
}

/** A page background function drawing the watermark, built once per page size. */
function watermarkBackground(spec) {
  const bySize = new Map();
  return (_page, pageSize) => {
    const key = `${pageSize.width}x${pageSize.height}`;
    if (!bySize.has(key)) bySize.set(key, watermarkSvg(spec, pageSize));
    // A fresh node per page: pdfmake writes its layout (positions, sizes) into the nodes it is given.
    return { ...bySize.get(key) };
  };
}

/** Style names of running heads and feet: they sit on every page and say nothing about the flow. */
const RUNNING = 'running';
const HEADING_STYLES = new Set(['h1', 'h2', 'h3', 'findingTitle']);

function styleNames(node) {
  return Array.isArray(node.style) ? node.style : node.style ? [node.style] : [];
}
function isHeading(node) {
  return typeof node.headlineLevel === 'number' || styleNames(node).some((s) => HEADING_STYLES.has(s));
}
function isRunning(node) {
  return node.svg !== undefined || styleNames(node).includes(RUNNING);
}

/**
 * pdfmake 0.3 records the lines of an unbreakable block (a table row kept whole, the header row kept with the
 * first row, a chart kept on one page) at the block's scratch position, not where the block lands, except the
 * first line of a node with an `id`, whose page it corrects. So each table's first body row and each unbreakable
 * block's first words get an id: the page-break rule reads from them the page such a block really starts on.
 */
function anchorBlocks(node, counter) {
  if (Array.isArray(node)) {
    node.forEach((child) => anchorBlocks(child, counter));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const anchor = (leaf) => {
    if (leaf.id) return;
    counter.n += 1;
    leaf.id = `block-${counter.n}`;
  };
  if (node.unbreakable) {
    const leaf = firstWords(node, true);
    if (leaf) anchor(leaf);
  }
  if (node.table && Array.isArray(node.table.body)) {
    const first = node.table.body[node.table.headerRows || 0];
    if (first && first.length > 0) {
      if (typeof first[0] === 'string' || typeof first[0] === 'number') first[0] = { text: String(first[0]) };
      const leaf = firstWords(first[0], true);
      if (leaf) anchor(leaf);
    }
    node.table.body.forEach((row) => row.forEach((cell) => anchorBlocks(cell, counter)));
    return;
  }
  for (const key of ['stack', 'columns', 'ul', 'ol']) if (Array.isArray(node[key])) anchorBlocks(node[key], counter);
}

/**
 * The first text node with something to print inside a node; with `wrap`, strings met inside containers are
 * made text nodes in place so that they can carry an id.
 */
function firstWords(node, wrap = false) {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  if (node.text !== undefined) return node.text === '' ? undefined : node;
  for (const key of ['stack', 'columns', 'ul', 'ol']) {
    const children = node[key];
    if (!Array.isArray(children)) continue;
    for (let i = 0; i < children.length; i += 1) {
      if (wrap && typeof children[i] === 'string' && children[i] !== '') children[i] = { text: children[i] };
      const found = firstWords(children[i], wrap);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The page a node really starts on. A table reports its header row's scratch position: its first body row's
 * anchor says where it landed. Columns and lists carry their children, so an anchor among their first words
 * (an unbreakable block's) is found the same way.
 */
function startPage(node, known) {
  const first = node.table
    ? firstWords(node.table.body[node.table.headerRows || 0]?.[0])
    : firstWords({ stack: node.columns || node.ul || node.ol || [] });
  const anchor = first && first.id ? known.find((other) => other.id === first.id) : undefined;
  return (anchor || node).startPosition.pageNumber;
}

/** A section heading in the lowest quarter of a page, a sub-section's in the lowest 15%: they start the next. */
function tooLow(node) {
  const ratio = node.startPosition.verticalRatio;
  return (node.headlineLevel === 1 && ratio > 0.75) || (node.headlineLevel === 2 && ratio > 0.85);
}

/**
 * Keeps headings with what follows them and lets sections run on: a heading moves to the next page when the
 * first thing after it does not start on its page, a section (level 1) when it starts in the lowest quarter of
 * a page, a sub-section (level 2) in the lowest 15%. A page break costs a new layout pass (pdfmake asks again
 * after each), so only headings are considered.
 */
function pageBreakBefore(node, queries) {
  if (!isHeading(node)) return false;
  if (tooLow(node)) return true;
  const page = node.startPosition.pageNumber;
  const following = queries.getFollowingNodesOnPage().filter((n) => !isRunning(n));
  const next = queries.getNodesOnNextPage().filter((n) => !isRunning(n));
  const known = [...following, ...next];
  // An unbreakable block right after the heading (a short finding kept whole) reports where it lands itself,
  // while its children keep their scratch positions on this page (pdfmake does not pass `unbreakable` on).
  if (following[0] && following[0].stack && following[0].startPosition.pageNumber !== page) return true;
  // Containers report their children's positions: the first leaf or table after the heading is what counts,
  // past a heading's own small print (a finding's line of facts, a chart's legend), which goes with it.
  // Stacks say nothing of their children; the first child follows them.
  const blocks = known.filter((n) => !n.stack);
  let index = 0;
  while (index < blocks.length && isHeading(blocks[index])) {
    // A heading right below that will move for want of room takes this one with it.
    if (tooLow(blocks[index])) return true;
    index += 1;
  }
  if (index < blocks.length && styleNames(blocks[index]).includes('small')) index += 1;
  const body = blocks[index];
  if (!body) return false;
  return startPage(body, known) !== page;
}

/** @param {{ definition: object, footer: { left: string, pageWord: string, ofWord: string } }} document */
module.exports = async function render({ definition, footer }) {
  const { watermark, ...rest } = definition;
  anchorBlocks(rest.content, { n: 0 });
  const buffer = await pdfmake
    .createPdf({
      ...rest,
      // The one font family the renderer has, unless a definition names it itself.
      defaultStyle: { font: 'NotoSans', ...rest.defaultStyle },
      // The watermark spec becomes a drawing behind each page's content (see watermarkBackground).
      ...(watermark && watermark.text ? { background: watermarkBackground(watermark) } : {}),
      pageBreakBefore,
      footer: (page, pages) => ({
        text: `${footer.left} · ${footer.pageWord} ${page} ${footer.ofWord} ${pages}`,
        style: RUNNING,
        fontSize: 7.5,
        color: MUTED,
        margin: [48, 24, 48, 0],
      }),
    })
    .getBuffer();
  return buffer;
};
