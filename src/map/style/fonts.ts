/**
 * Labels are drawn without a glyph server: the style's `font-faces` maps the
 * one font name the style uses to the bundled Noto Sans WOFF2 files (OFL), so
 * Latin and Arabic-script (Urdu, Dari) labels render with no system fonts.
 */
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The only text-font name used by the style. */
export const FONT = 'Noto Sans Regular';

export interface FontUrls {
  latin: string;
  arabic: string;
}

/** The `font-faces` root property for the given font file URLs. */
export function fontFaces(urls: FontUrls): FontFacesSpecification {
  return {
    [FONT]: [
      { url: urls.arabic, 'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+08A0-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'] },
      { url: urls.latin },
    ],
  };
}
