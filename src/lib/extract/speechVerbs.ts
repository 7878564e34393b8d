/** Verbs that attribute words to someone, one word or a fixed phrase each, in the forms news copy uses. */
const VERB_FORMS =
  'said|says|say|told|tells|stated|states|affirmed|affirms|assured|assures|underlined|underlines|recalled|commented|specified|specifies|pointed out|points out|expressed|expresses|voiced|added|adds|explained|explains|asked|asks|warned|warns|insisted|insists|declared|declares|noted|notes|argued|argues|claimed|claims|confirmed|confirms|announced|announces|emphasized|emphasised|stressed|replied|wrote|writes|tweeted|posted|acknowledged|admitted|suggested|indicated|called|calls|described|describes|spoke of|speaks of|framed|frames|estimated|estimates|blamed|blames|urged|urges|accused|accuses|criticised|criticized|criticises|criticizes|according to|saying|telling|adding|warning|insisting|declaring|explaining|noting|arguing|stressing|writing';

/** Verbs that attribute words to someone, as a pattern's alternation: also "As Pell put it, …" (not "put it in the car"). */
export const SPEECH_VERBS = `${VERB_FORMS}|puts? it(?=\\s*(?:[,:;]|bluntly|simply|plainly|another way))`;

/**
 * Verbs of reaction or appraisal ("welcomed the agreement as 'a first step'", "characterised
 * the find 'a treasure'", a translation's "judged the reform « necessary »" and "has regretted
 * Amara Solweni"): they attribute a quotation they introduce, but without one ("Mayor Vasquez
 * welcomed the decision") they report a stance, not words.
 */
export const REACTION_VERBS =
  'characterised|characterized|characterises|characterizes|welcomed|welcomes|hailed|hails|praised|praises|condemned|condemns|denounced|denounces|saluted|salutes|judged|judges|promised|promises|regretted|regrets|celebrated|celebrates|qualified';

/** The one-word speech verbs, lower-cased ("said", "says", "declared"). */
export const SPEECH_VERB_WORDS: ReadonlySet<string> = new Set(VERB_FORMS.split('|').filter((v) => !v.includes(' ')));

/**
 * Verbs machine translations use for saying ("« … », launched Ilse Varro", French "a lancé";
 * "hammered", "a martelé") that otherwise mean something else ("launched a rocket"): they
 * attribute only right after the quotation they close.
 */
export const INVERTED_VERBS = 'launched|hammered|slipped|thundered';
