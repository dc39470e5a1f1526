'use strict';
// Renders a roadmap document in a worker thread (piscina), so that a large PDF never blocks the event
// loop of the API. Plain JavaScript: worker threads load it as it is, in the built app and in tests.
const path = require('node:path');
const pdfmake = require('pdfmake');

const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
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
