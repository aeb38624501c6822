// A Yjs client that is not Journeymap's: it reads and edits a live map using only the
// shape documented in docs/collaboration.md.
//   node edit_map.mjs ADDRESS CARD_ID NEW_TITLE WATCH_CARD_ID WATCH_TITLE
// ADDRESS is the session's ws:// (or journeymap://) address with its token. Prints what it
// reads as JSON lines; exits 0 once WATCH_CARD_ID's title is WATCH_TITLE, 1 after 15 s.
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

const [address, cardId, newTitle, watchId, watchTitle] = process.argv.slice(2)
const url = new URL(address.replace(/^journeymap:/, 'ws:'))
const room = url.pathname.replace(/^\//, '')
const token = url.searchParams.get('token')

const say = (what) => console.log(JSON.stringify(what))
const ydoc = new Y.Doc()
const provider = new WebsocketProvider(`ws://${url.host}`, room, ydoc, {
  WebSocketPolyfill: WebSocket,
  params: { token },
  disableBc: true
})
const timer = setTimeout(() => { say({ error: 'timed out' }); process.exit(1) }, 15000)
provider.awareness.setLocalStateField('user', { name: 'Node', color: '#59A14F' })

function byOrder (map) {
  return [...map.entries()].sort(([ia, a], [ib, b]) => {
    const ka = a.get('order') || ''
    const kb = b.get('order') || ''
    return ka < kb ? -1 : ka > kb ? 1 : (ia < ib ? -1 : ia > ib ? 1 : 0)
  })
}

provider.on('sync', (synced) => {
  if (!synced) return
  const meta = ydoc.getMap('meta')
  const cards = ydoc.getMap('cards')
  const steps = ydoc.getMap('steps')
  say({ format: meta.get('format'), schema: meta.get('schema'), title: ydoc.getMap('map').get('title') })
  say({ stages: byOrder(ydoc.getMap('stages')).map(([id, s]) => s.get('name')) })
  say({ steps: byOrder(steps).map(([id, s]) => `${s.get('stage')}/${s.get('name')}`) })
  const card = cards.get(cardId)
  say({ card: cardId, title: card.get('title'), emotion: card.get('emotion') })
  // Edit a field, and add a card at the top of another card's cell.
  const cell = byOrder(cards).filter(([id, c]) => c.get('step') === card.get('step') && c.get('lane') === card.get('lane'))
  const first = cell.length ? cell[0][1].get('order') : 'V'
  ydoc.transact(() => {
    card.set('title', newTitle)
    const added = new Y.Map()
    for (const [key, value] of Object.entries({
      step: card.get('step'), lane: card.get('lane'), order: '0' + first, title: 'Added from JavaScript',
      description: '', emotion: null, moment_of_truth: false, owner: '', kpis: [], personas: []
    })) added.set(key, value)
    cards.set('js-card-1', added)
  })
  const check = () => {
    const watched = cards.get(watchId)
    if (watched && watched.get('title') === watchTitle) {
      say({ seen: watchId, title: watchTitle })
      clearTimeout(timer)
      provider.awareness.setLocalState(null)
      setTimeout(() => { provider.destroy(); process.exit(0) }, 200)
    }
  }
  cards.observeDeep(check)
  check()
})
