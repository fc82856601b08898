/** A small page in the default profile's markup, for adapter tests. */
export function panelHtml({ tags = ['billing'], notes = ['Asked about refunds before'], composer = 'textarea' } = {}) {
  return `
  <nav><span class="navbar__admin-name">Анна Смирнова</span></nav>
  <div class="conversation-view">
    <div class="conversation-header"><span class="conversation-header__assignee">Анна Смирнова</span>
      <button class="conversation-header__copy-link" title="Скопировать ссылку">📎</button></div>
    <div class="conversation-tags">
      <div class="conversation-tags__list">${tags.map((t) => `<span class="conversation-tag"><span class="conversation-tag__name">${t}</span><button>×</button></span>`).join('')}</div>
      <input placeholder="Добавить тег">
      <div class="conversation-tags__dropdown"></div>
    </div>
    <div class="conversation-part conversation-part--user"><span class="conversation-part__author">Dmitry</span>
      <div class="conversation-part__text">Hello, &lt;script&gt;alert(1)&lt;/script&gt; give me my money back</div><time datetime="2026-11-26T09:12:00+03:00">09:12</time></div>
    <div class="conversation-part conversation-part--admin"><span class="conversation-part__author">Анна Смирнова</span>
      <div class="conversation-part__text">Здравствуйте!</div><time datetime="2026-11-26T09:15:00+03:00">09:15</time></div>
    <div class="conversation-reply">${composer === 'textarea' ? '<textarea></textarea>' : '<div contenteditable="true"></div>'}</div>
  </div>
  <div class="user-card"><div class="user-card__name">Dmitry Kovalev</div><div class="user-card__email">d@example.com</div>
    <div class="user-card__id">1187340021555000401</div>
    <div class="user-card__notes">${notes.map((n) => `<div class="user-note"><div class="user-note__text">${n}</div></div>`).join('')}</div>
    <div class="user-card__tags"><span class="user-tag"><span class="user-tag__name">vip</span></span></div>
  </div>`;
}

export const DIALOGUE_URL = 'https://app.carrotquest.io/project/12345/conversations/1204567890123456001';
