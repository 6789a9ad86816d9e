/**
 * `<a href="#part">` inside a page would add a browser history entry the page stack does not
 * know about (and, in hash mode, replace the route). The shell handles such same-document
 * fragment links itself: it scrolls the page to the target and leaves history alone.
 */
export function handleFragmentLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const anchor = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null
    const href = anchor?.getAttribute('href')
    if (!anchor || !href?.startsWith('#') || href.startsWith('#/') || (anchor.target && anchor.target !== '_self')) return
    event.preventDefault()
    const id = decodeURIComponent(href.slice(1))
    const page = anchor.closest('.wx-h5-page')
    const escaped = CSS.escape(id)
    const target = id ? page?.querySelector(`[id="${escaped}"], a[name="${escaped}"]`) : undefined
    if (target) target.scrollIntoView()
    else if (!id && page) page.scrollTop = 0
  })
}
