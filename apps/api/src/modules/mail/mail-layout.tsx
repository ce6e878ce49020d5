import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  render,
  Section,
  Text,
} from '@react-email/components';
import { isRightToLeft, type Language } from '@ctcp/shared';
import type { FilledTexts } from './mail-texts.js';

/**
 * Every message of the platform: a heading, a few lines, the lists of a digest, one action, and why the
 * recipient got it.
 */
function MailLayout({ language, texts, url }: { language: Language; texts: FilledTexts; url: string }) {
  const direction = isRightToLeft(language) ? 'rtl' : 'ltr';
  return (
    <Html lang={language} dir={direction}>
      <Head />
      <Preview>{texts.heading}</Preview>
      <Body style={{ backgroundColor: '#f4f6f8', fontFamily: 'Arial, "Noto Sans", sans-serif', margin: 0 }}>
        <Container
          style={{ backgroundColor: '#ffffff', padding: '24px 32px', margin: '24px auto', maxWidth: 560, direction }}
        >
          <Text style={{ color: '#1c5a96', fontWeight: 700, letterSpacing: 1, margin: 0 }}>CTCP</Text>
          <Heading as="h1" style={{ fontSize: 22, color: '#1a1a1a', margin: '16px 0' }}>
            {texts.heading}
          </Heading>
          {texts.lines.map((line) => (
            <Text key={line} style={{ fontSize: 15, lineHeight: '22px', color: '#1a1a1a' }}>
              {line}
            </Text>
          ))}
          {texts.sections.map((section) => (
            <Section key={section.heading} style={{ margin: '8px 0 16px' }}>
              <Heading as="h2" style={{ fontSize: 17, color: '#1a1a1a', margin: '16px 0 8px' }}>
                {section.heading}
              </Heading>
              {section.items.map((item) => (
                <Text key={item.url} style={{ fontSize: 15, lineHeight: '22px', margin: '4px 0' }}>
                  <Link href={item.url} style={{ color: '#1c5a96' }}>
                    {item.title}
                  </Link>
                </Text>
              ))}
              {section.more && <Text style={{ fontSize: 14, color: '#4a4a4a', margin: '4px 0' }}>{section.more}</Text>}
            </Section>
          ))}
          <Button
            href={url}
            style={{
              backgroundColor: '#1c5a96',
              color: '#ffffff',
              padding: '12px 20px',
              borderRadius: 4,
              fontWeight: 700,
            }}
          >
            {texts.action}
          </Button>
          <Text style={{ fontSize: 13, color: '#4a4a4a', wordBreak: 'break-all' }}>{texts.linkFallback}</Text>
          <Hr />
          <Text style={{ fontSize: 12, color: '#4a4a4a' }}>{texts.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The HTML and the plain-text part of a message. */
export async function renderMail(language: Language, texts: FilledTexts, url: string) {
  const element = <MailLayout language={language} texts={texts} url={url} />;
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
