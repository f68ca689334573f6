namespace Anju.Dashboard.Tests.Screens;

/// <summary>
/// Measures a screen's layout in the page (bounding boxes, as Playwright's <c>BoundingBoxAsync</c> reads them) and
/// returns one line per problem: two panels (<c>.panel</c>, a figure card, the header) that overlap; a panel or the
/// page wider than the screen; text wider than its own box (<c>scrollWidth &gt; clientWidth</c>, unless cut with an
/// ellipsis); text outside its panel's box; a box that cuts its text off sideways. Content of a list or box that scrolls
/// or clips by design (an ancestor inside the panel with overflow other than visible) is left to that box.
/// </summary>
public static class LayoutProbe
{
    public const string Script = """
        () => {
          const problems = [];
          const slack = 1;
          const shown = (el) => {
            const box = el.getBoundingClientRect();
            // checkVisibility: not inside a closed <details> (the header's cluster list) or anything display:none.
            return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
          };
          const name = (el) => {
            const id = el.id ? `#${el.id}` : '';
            const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
            const data = Object.entries(el.dataset ?? {}).slice(0, 1).map(([k, v]) => `[data-${k}=${v}]`).join('');
            return `${el.tagName.toLowerCase()}${id}${classes}${data}`;
          };
          const path = (el) => {
            const parts = [];
            for (let at = el; at && at !== document.body && parts.length < 3; at = at.parentElement) parts.unshift(name(at));
            return parts.join(' > ');
          };
          const overflow = (el) => { const s = getComputedStyle(el); return [s.overflowX, s.overflowY]; };
          const scrolls = (el) => overflow(el).some((o) => o === 'auto' || o === 'scroll');
          const clips = (el) => overflow(el).some((o) => o !== 'visible');
          const inScroller = (el) => { for (let at = el.parentElement; at && at !== document.body; at = at.parentElement) if (scrolls(at)) return true; return false; };
          const cut = (el) => getComputedStyle(el).textOverflow === 'ellipsis';
          const wide = (el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + slack;

          const panels = [...document.querySelectorAll('.panel, .figure, body > header')].filter(shown);
          for (let i = 0; i < panels.length; i++) {
            const a = panels[i].getBoundingClientRect();
            if (a.right > innerWidth + slack || a.left < -slack) problems.push(`${path(panels[i])} runs off the screen (${Math.round(a.left)}..${Math.round(a.right)} of ${innerWidth})`);
            for (let j = i + 1; j < panels.length; j++) {
              if (panels[i].contains(panels[j]) || panels[j].contains(panels[i])) continue;
              const b = panels[j].getBoundingClientRect();
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > slack && h > slack) problems.push(`${path(panels[i])} overlaps ${path(panels[j])} by ${Math.round(w)}×${Math.round(h)} px`);
            }
          }

          if (document.documentElement.scrollWidth > innerWidth + slack) problems.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${innerWidth} px screen`);

          // A box that clips (overflow hidden) answers for the text it holds: cutting text off sideways is a problem,
          // unless it says so with an ellipsis. Cutting off the bottom of a list (a ticker) is allowed.
          for (const el of document.body.querySelectorAll('*')) {
            if (!(el instanceof SVGElement) && shown(el) && overflow(el)[0] !== 'visible' && !scrolls(el) && !inScroller(el)
              && el.textContent.trim() && !cut(el) && wide(el)) {
              problems.push(`${path(el)} "${el.textContent.trim().slice(0, 40)}" is cut off: ${el.scrollWidth} px of text in a ${el.clientWidth} px box`);
            }
          }

          const texts = [...document.body.querySelectorAll('*')].filter((el) => !(el instanceof SVGElement)
            && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()) && shown(el));
          for (const el of texts) {
            const panel = panels.find((p) => p !== el && p.contains(el) && !panels.some((q) => q !== p && q !== el && p.contains(q) && q.contains(el)));
            let managed = false;
            for (let at = el.parentElement; at && at !== panel && at !== document.body; at = at.parentElement) managed ||= clips(at);
            if (managed) continue;
            if (!cut(el) && wide(el) && !clips(el)) {
              problems.push(`${path(el)} "${el.textContent.trim().slice(0, 40)}" is ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
            }

            if (panel) {
              const box = el.getBoundingClientRect();
              const p = panel.getBoundingClientRect();
              if (box.left < p.left - slack || box.right > p.right + slack || box.top < p.top - slack || box.bottom > p.bottom + slack) {
                problems.push(`${path(el)} "${el.textContent.trim().slice(0, 40)}" runs out of ${name(panel)}`);
              }
            }
          }

          return [...new Set(problems)];
        }
        """;
}
