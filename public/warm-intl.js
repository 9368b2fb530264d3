// Builds an Intl.NumberFormat and an Intl.PluralRules while the site's modules download: the first Intl
// object of each kind a page builds loads ICU's data (over 50 ms in Chromium on a 2-core machine),
// which would otherwise delay the first render, whose figures and words all go through them. A file,
// not an inline script: the Content-Security-Policy allows only the site's own scripts.
new Intl.NumberFormat().format(0);
new Intl.PluralRules().select(0);
