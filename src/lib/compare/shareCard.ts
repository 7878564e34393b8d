import type { CardNode, CardText } from '../types.ts';

const h = (type: string, style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode => ({
  type,
  props: { style, children },
});
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The layout of a claim's share image (1200 × 630). Plain data, so the pipeline stays free of
 * rendering code; the data layer turns it into a PNG with satori and sharp.
 */
export function shareCard(text: CardText): CardNode {
  const title = cut(text.title, 150);
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      width: 1200,
      height: 630,
      padding: '40px 64px 48px',
      background: '#ffffff',
      color: '#1a1a1a',
      fontFamily: 'Noto Sans',
      borderTop: '16px solid #1d4ed8',
    },
    [
      h('div', { display: 'flex', fontSize: 26, color: '#555555', letterSpacing: 1 }, cut(text.eyebrow, 80)),
      h('div', { display: 'flex', fontSize: title.length > 90 ? 42 : 54, fontWeight: 700, lineHeight: 1.2, maxWidth: 1072 }, title),
      h('div', { display: 'flex', fontSize: 28, color: '#1d4ed8', maxWidth: 1072 }, cut(text.detail, 120)),
      h('div', { display: 'flex', justifyContent: 'space-between', fontSize: 24, color: '#555555' }, [
        h('div', { display: 'flex' }, cut(text.footerLeft, 70)),
        h('div', { display: 'flex', fontWeight: 700 }, text.footerRight),
      ]),
    ],
  );
}
