/** For a signed-out visitor: an optional sentence and the link to sign in. */
export const SignInPrompt = ({ text, link }: { text?: string | undefined; link: string }) => (
  <p>
    {text ? `${text} ` : null}
    <a href="#/signin">{link}</a>
  </p>
);
