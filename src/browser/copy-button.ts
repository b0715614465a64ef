/**
 * <copy-button data-text="…">: copies its text to the clipboard and says so in its status line.
 * Hidden by CSS until defined, so without JavaScript the text beside it is selected by hand.
 */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('.copy-status');
    const text = this.dataset['text'] ?? '';
    button?.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Copied';
      } catch {
        if (status) status.textContent = 'Copy failed: select the text instead';
      }
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
