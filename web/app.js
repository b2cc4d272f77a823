// Citation markers select the evidence, example chips send their question, the counter follows the box,
// and a new answer is scrolled to its first line (not its end).
(function () {
  const CAP = 500;
  function showTurn(turn, cite) {
    const panel = document.querySelector('#evidence .ev-scroll');
    if (!panel) return;
    panel.querySelectorAll('.ev-turn').forEach(el => el.classList.toggle('active', el.dataset.turn === String(turn)));
    const item = cite == null ? null : document.getElementById('ev-' + turn + '-' + cite);
    if (item) {
      panel.scrollTop = item.offsetTop - panel.offsetTop;
      item.classList.add('flash');
      setTimeout(() => item.classList.remove('flash'), 1200);
      if (window.innerWidth <= 720) item.scrollIntoView({block: 'start'});
    }
  }
  function ask(q) {
    const box = document.querySelector('#question textarea');
    const btn = document.querySelector('#ask-btn');
    if (!box || !btn) return;
    box.value = q;
    box.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(() => btn.click(), 60);
  }
  document.addEventListener('click', e => {
    const mark = e.target.closest('.cite-mark');
    if (mark) { e.preventDefault(); showTurn(mark.dataset.turn, mark.dataset.cite); return; }
    const chip = e.target.closest('.ask-chip');
    if (chip) { e.preventDefault(); ask(chip.dataset.q); }
  });
  document.addEventListener('input', e => {
    if (!e.target.closest('#question')) return;
    const c = document.getElementById('q-counter');
    if (c) { const n = e.target.value.length; c.textContent = n + '/' + CAP; c.classList.toggle('over', n > CAP); }
  });
  let seen = null;
  setInterval(() => {
    const box = document.querySelector('#chat .chat-scroll');
    if (!box) return;
    const key = box.dataset.turns + ':' + box.dataset.stamp;
    if (key === seen) return;
    seen = key;
    const turns = box.querySelectorAll('.qa-turn');
    const last = turns[turns.length - 1];
    box.scrollTop = last ? last.offsetTop : 0;
    if (last) showTurn(last.dataset.turn, null);
    const c = document.getElementById('q-counter');
    const q = document.querySelector('#question textarea');
    if (c && q) { c.textContent = q.value.length + '/' + CAP; c.classList.toggle('over', q.value.length > CAP); }
  }, 150);
})();
