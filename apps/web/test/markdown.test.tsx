import { ARTICLES } from '@stepdown/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown, parseBlocks } from '../src/components/markdown.js';

afterEach(cleanup);

describe('article Markdown', () => {
  it('renders headings, lists, bold and article links as elements, never as HTML', () => {
    const { container } = render(
      <Markdown
        source={
          '# Title\n\n## Part\n\nSome **bold** text and <img src=x onerror=alert(1)>.\n\n- one [next](article:withdrawal)\n- two [bad](javascript:alert(1))\n\n1. first'
        }
      />,
    );
    expect(container.querySelector('h2')?.textContent).toBe('Part');
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/learn/withdrawal']);
    expect(container.querySelectorAll('ul li').length).toBe(2);
    expect(container.querySelectorAll('ol li').length).toBe(1);
  });

  it('parses every library article into blocks with text', () => {
    for (const article of ARTICLES) {
      const blocks = parseBlocks(article.body);
      expect(blocks.length, article.id).toBeGreaterThan(1);
    }
  });
});
