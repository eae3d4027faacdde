// Installs window.openhallSpeech once per page: a FIFO of announcements, each a chime then its
// utterances, one after another. It never calls speechSynthesis.cancel(): an announcement is never
// cut off, and one that arrives while another plays waits its turn.
// Run by SpeechControl through Element.executeJs: `this` is its element (for $server), $0 the
// "enable sound" button.
const host = this;
const button = $0;
if (!window.openhallSpeech) {
  window.openhallSpeech = (function () {
    // Announcements held while the browser blocks audio are said on unlock only if still recent.
    const MAX_LOCKED_AGE_MS = 120000;
    const queue = [];
    let busy = false;
    let ctx = null;
    let gestureSeen = false;
    let reported = null;
    const api = { host: null, attach, enqueue, unlock, report, pending: () => queue.length, busy: () => busy };

    // A new board element on the page (a new view): it is the one told about the audio state now.
    function attach(element) {
      api.host = element;
      reported = null;
      report();
    }

    function context() {
      if (!ctx) {
        const AudioContextClass = window.AudioContext || window.webkitAudioContext;
        if (AudioContextClass) {
          try {
            ctx = new AudioContextClass();
            ctx.onstatechange = () => { report(); next(); };
          } catch (e) {
            ctx = null;
          }
        }
      }
      return ctx;
    }

    // With --autoplay-policy=no-user-gesture-required (or after a gesture) the context runs at once.
    function unlocked() {
      const c = context();
      return c ? c.state === 'running' : gestureSeen;
    }

    function report() {
      const state = unlocked();
      if (state !== reported && api.host && api.host.$server) {
        reported = state;
        api.host.$server.audioState(state);
      }
    }

    function unlock() {
      gestureSeen = true;
      // A silent utterance within the gesture unlocks speech synthesis too.
      try {
        const u = new SpeechSynthesisUtterance(' ');
        u.volume = 0;
        window.speechSynthesis.speak(u);
      } catch (e) { /* no speech synthesis: the chime still plays */ }
      const c = context();
      const after = () => {
        const now = Date.now();
        while (queue.length && now - queue[0].at > MAX_LOCKED_AGE_MS) {
          queue.shift();
        }
        report();
        next();
      };
      if (c && c.state !== 'running') {
        c.resume().then(after, after);
      } else {
        after();
      }
    }

    function enqueue(items) {
      for (const item of items) {
        queue.push(Object.assign({ at: Date.now() }, item));
      }
      next();
    }

    // Two tones, 880 Hz then 660 Hz, 0.2 s each, then a short pause before the voice.
    function chime() {
      return new Promise((resolve) => {
        const c = context();
        try {
          const t = c.currentTime + 0.02;
          [[880, 0], [660, 0.2]].forEach(([frequency, delay]) => {
            const osc = c.createOscillator();
            const gain = c.createGain();
            osc.type = 'sine';
            osc.frequency.value = frequency;
            gain.gain.setValueAtTime(0.0001, t + delay);
            gain.gain.exponentialRampToValueAtTime(0.4, t + delay + 0.02);
            gain.gain.exponentialRampToValueAtTime(0.0001, t + delay + 0.19);
            osc.connect(gain);
            gain.connect(c.destination);
            osc.start(t + delay);
            osc.stop(t + delay + 0.2);
          });
        } catch (e) { /* no Web Audio: speak without the chime */ }
        setTimeout(resolve, 550);
      });
    }

    function voiceFor(u) {
      const voices = window.speechSynthesis.getVoices();
      if (u.voice) {
        const named = voices.find((v) => v.name === u.voice);
        if (named) return named;
      }
      const lang = (u.lang || '').toLowerCase();
      const norm = (v) => v.lang.toLowerCase().replace('_', '-');
      return voices.find((v) => norm(v) === lang)
        || voices.find((v) => norm(v).split('-')[0] === lang.split('-')[0])
        || null;
    }

    function say(u) {
      return new Promise((resolve) => {
        let done = false;
        // Some engines never fire onend (no voice, a stalled engine): the queue moves on after a
        // generous time. Nothing is cut off even then, the next utterance only queues behind it.
        const timer = setTimeout(() => finish(), 4000 + u.text.length * 250 / (u.rate || 1));
        function finish() {
          if (!done) {
            done = true;
            clearTimeout(timer);
            resolve();
          }
        }
        try {
          const utterance = new SpeechSynthesisUtterance(u.text);
          utterance.lang = u.lang;
          utterance.rate = u.rate || 1;
          const voice = voiceFor(u);
          if (voice) utterance.voice = voice;
          utterance.onend = finish;
          utterance.onerror = finish;
          window.speechSynthesis.speak(utterance);
        } catch (e) {
          finish();
        }
      });
    }

    async function next() {
      if (busy || !queue.length || !unlocked()) return;
      busy = true;
      try {
        while (queue.length) {
          const item = queue.shift();
          await chime();
          for (const u of item.utterances) {
            await say(u);
          }
        }
      } finally {
        busy = false;
      }
    }

    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
    return api;
  })();
}
if (button) button.addEventListener('click', () => window.openhallSpeech.unlock());
window.openhallSpeech.attach(host);
