import type { Plugin } from 'vite';

/**
 * Writes the stylesheets of the given extension pages into the page itself (`<style>`)
 * instead of linking them. A linked stylesheet holds back the page's module scripts until it
 * has loaded; for the popup that was about 10 ms of every opening (measured in alternating
 * pairs), before its first line of script could run. The CSS files stay in the build for the
 * other pages. Extension pages allow inline styles (their policy restricts scripts only).
 * `pages` are the HTML files as the bundle names them (`entrypoints/<name>/index.html`).
 */
export function inlinePageCss(pages: readonly string[]): Plugin {
  return {
    name: 'partner-lens:inline-page-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of pages) {
        const html = bundle[page];
        if (!html || html.type !== 'asset') continue;
        html.source = String(html.source).replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (link, file: string) => {
            const css = bundle[file];
            if (!css || css.type !== 'asset') return link;
            const text = String(css.source);
            if (/<\/style/i.test(text)) return link;
            // The disabled link (never loaded) names the file as present, so that Vite's loader
            // of lazy chunks, which links the CSS a chunk needs unless the page has it, does
            // not link it again.
            return `<style>${text}</style>\n    <link rel="stylesheet" href="/${file}" disabled>`;
          },
        );
      }
    },
  };
}
