'use strict';
// Renders a roadmap document in a worker thread (piscina), so that a large PDF never blocks the event
// loop of the API. Plain JavaScript: worker threads load it as it is, in the built app and in tests.
const path = require('node:path');
const pdfmake = require('pdfmake');

// Noto Sans: Latin and Cyrillic with the typographic spaces French needs (U+202F), which Roboto lacks.
const fontDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const font = (style) => path.join(fontDir, style, `NotoSans_${style}.ttf`);
pdfmake.setFonts({
  NotoSans: {
    normal: font('400Regular'),
    bold: font('600SemiBold'),
    italics: font('400Regular_Italic'),
    bolditalics: font('600SemiBold_Italic'),
  },
});
// Documents are built from data only: no URL is fetched and no file but the fonts is read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));
// Table layouts are functions, which cannot travel to the worker: templates name them instead.
pdfmake.addTableLayouts({
  roadmap: {
    fillColor: (row) => (row === 0 ? '#eef3f8' : null),
    hLineColor: () => '#c8d0d8',
    vLineColor: () => '#c8d0d8',
  },
  // The timeline: thin rules between rows, none between the label and its bar.
  timeline: {
    hLineWidth: () => 0.3,
    vLineWidth: () => 0,
    hLineColor: () => '#c8d0d8',
    paddingLeft: () => 2,
    paddingRight: () => 0,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  },
});

/** @param {{ definition: object, footer: { left: string, pageWord: string, ofWord: string } }} document */
module.exports = async function render({ definition, footer }) {
  const buffer = await pdfmake
    .createPdf({
      ...definition,
      footer: (page, pages) => ({
        text: `${footer.left} · ${footer.pageWord} ${page} ${footer.ofWord} ${pages}`,
        fontSize: 7.5,
        color: '#5b6770',
        margin: [48, 24, 48, 0],
      }),
    })
    .getBuffer();
  return buffer;
};
