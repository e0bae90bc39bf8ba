import {openDemoSession} from '../helpers/demo-session.js';
import {selectEta} from '../../source/store/index.js';
const s = await openDemoSession({speed: '10'});
s.poller.start();
await new Promise((r) => setImmediate(r));
await s.poller.idle();
for (let i = 0; i < 40; i++) {
  await s.tick();
  const st = s.store.getState();
  const now = s.timers.now();
  const act = [...st.tasks['import-snapshot'].values()].filter(t => t.task.category === 'active');
  const etas = act.map(t => selectEta(st, t, now));
  console.log(Math.round((now - Date.now())/1000), 'active', act.length, 'with eta', etas.filter(e => e !== undefined).length, 'hist', act.map(t=>t.history.length).join(','), 'stalled', act.filter(t=>t.stalledSince!==undefined).length);
}
await s.close();
