/**
 * Shown at once, before anything is sent, when an answer calls for help now
 * (a warning sign, PHQ-9 item 9): what to do, and the link to the Help screen.
 */
export const HelpNow = ({ className, text, link }: { className: string; text: string; link: string }) => (
  <div className={`card ${className}`} role="alert">
    <p>{text}</p>
    <p>
      <a className="get-help" href="#/help">
        {link}
      </a>
    </p>
  </div>
);
