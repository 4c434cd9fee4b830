/**
 * The language switch keeps the reader's place: the map view (`?metric=&period=`, set by the map as it switches)
 * and the fragment go with the link to the same page in the other language. Without JS the link opens that page.
 */
// `page`: the same page exists in the other language; `home`: it does not, and the link opens that edition's home.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch="page"]')) {
  link.addEventListener('click', () => {
    const target = new URL(link.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  });
}
