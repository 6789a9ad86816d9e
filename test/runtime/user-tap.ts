import { page, userEvent } from 'vitest/browser'

/** A real user click on a throwaway button: gives the page focus and transient user activation. */
export async function tap(): Promise<void> {
  const button = document.createElement('button')
  button.textContent = 'tap'
  document.body.appendChild(button)
  await userEvent.click(page.getByRole('button', { name: 'tap' }))
  button.remove()
}
