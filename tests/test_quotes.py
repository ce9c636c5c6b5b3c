"""framing.quotes: a table of attributions in many outlets' styles, negatives, the seeds."""

import subprocess
import sys

import pandas as pd
import pytest

import framing
from framing.quotes import (QUOTE_COLUMNS, extract_quotes, quote_highlights, quotes_in_text,
                            source_profile, source_reliance)
from framing.text import find_quotations

from conftest import REPO, write_corpus

D, P, I = "direct", "partial", "indirect"

# (case id, passage, expected rows in order: (speaker, via, kind)). Written in the styles of
# wires (AP, AFP, Reuters), state agencies (KCNA, Xinhua, TASS, Global Times), South Korean
# and Japanese media (Yonhap, Kyodo), papers and specialist sites.
CASES = [
    # --- wires: direct quotes, inverted attribution, apposition
    ("wire-direct-after", '"We will never abandon our nuclear weapons," Kim said.',
     [("Kim Jong Un", None, D)]),
    ("wire-direct-colon", 'Kim said: "We are ready for dialogue and for confrontation."',
     [("Kim Jong Un", None, D)]),
    ("wire-inverted-expert", '"The situation is grave," said Cheong Seong-chang, a researcher '
     'at the Sejong Institute.', [("Cheong Seong-chang", None, D)]),
    ("wire-inverted-warned", '"This is not a game," warned Kim Yo Jong.',
     [("Kim Yo Jong", None, D)]),
    ("wire-jcs", "North Korea fired two ballistic missiles on Monday, South Korea's Joint Chiefs "
     "of Staff said.", [("South Korean Joint Chiefs of Staff", None, I)]),
    ("wire-government-partial", 'Washington condemned the launches as a "clear violation" of '
     "U.N. resolutions.", [("US government", None, P)]),
    ("wire-officials-in", "Officials in Seoul said the North may be preparing a nuclear test.",
     [("Unnamed officials", None, I)]),
    ("wire-pronoun-mention", 'Lee Sang-min, a former unification minister, was blunt. "It is a '
     'clear message to Washington," he said.', [("Lee Sang-min", None, D)]),
    ("wire-country-says", "Pyongyang has repeatedly said it will never give up its nuclear "
     "arsenal.", [("North Korean government", None, I)]),
    ("wire-kremlin", 'The Kremlin said on Tuesday that Putin and Kim had discussed "all aspects" '
     "of their cooperation.", [("Russian government", None, P)]),
    ("wire-possessive-title", "Putin's spokesman Dmitry Peskov told reporters the visit would "
     'be "very substantive".', [("Dmitry Peskov", None, P)]),
    ("wire-quoted-as-saying", 'Russian state media quoted Lavrov as saying Moscow valued the '
     '"special relationship" with Pyongyang.', [("Sergey Lavrov", "Russian state media", P)]),
    ("wire-anonymous-us", '"We will respond," a senior U.S. official told reporters on '
     "condition of anonymity.", [("Unnamed officials", None, D)]),
    ("wire-title-of", '"The era of strategic patience is over," Secretary of State Rex '
     "Tillerson said in Seoul.", [("Rex Tillerson", None, D)]),
    ("wire-according-before", "According to Yonhap, the North fired the missile from near "
     "Pyongyang.", [("Yonhap", None, I)]),
    ("wire-according-after", "The missile flew about 1,000 kilometers, according to Japan's "
     "Defense Ministry.", [("Japanese Defense Ministry", None, I)]),
    ("wire-analysts-say", "Analysts say the launch was timed to coincide with the summit.",
     [("Unnamed analysts", None, I)]),
    ("wire-called", 'Kim has called the United States a "hostile force" in recent speeches.',
     [("Kim Jong Un", None, P)]),
    ("wire-dateline-officials", "SEOUL, March 3 (Yonhap) -- North Korea fired a missile into "
     "the sea, officials said.", [("Unnamed officials", None, I)]),
    ("wire-pronoun-he-partial", "Japanese Prime Minister Fumio Kishida spoke to reporters in "
     'Tokyo. He called the launch "deeply regrettable."', [("Fumio Kishida", None, P)]),
    ("wire-two-part-quote", '"We will see," he said, "whether they keep their word." Moon '
     "Jae-in added that talks were possible.",
     [(None, None, D), (None, None, D), ("Moon Jae-in", None, I)]),
    ("wire-two-part-quote-resolved", 'Moon Jae-in spoke cautiously on Monday. "We will see," he '
     'said, "whether they keep their word."', [("Moon Jae-in", None, D), ("Moon Jae-in", None, D)]),
    ("wire-told-outlet", '"I think it will happen," Trump told Fox News, referring to a summit.',
     [("Donald Trump", None, D)]),
    ("wire-joint-statement", "Seoul and Washington said in a joint statement that the drills "
     "were defensive.", [("South Korean government", None, I), ("US government", None, I)]),
    ("wire-diplomats", "The Security Council will meet on Friday, diplomats said.",
     [("Unnamed officials", None, I)]),
    ("wire-familiar", "People familiar with the matter said the talks had stalled.",
     [("Unnamed sources", None, I)]),
    ("wire-relative", "A source who asked not to be named said food prices had doubled.",
     [("Unnamed sources", None, I)]),
    ("wire-citing", "Yonhap reported, citing a government source, that the North had moved "
     "launchers.", [("Unnamed sources", "Yonhap", I)]),
    ("wire-slammed", 'Kim Yo Jong, the powerful sister of the North Korean leader, slammed the '
     'drills as "reckless."', [("Kim Yo Jong", None, P)]),
    ("wire-beijing-partial", 'Beijing said it "firmly opposes" the deployment.',
     [("Chinese government", None, P)]),
    ("wire-she-mention", "Kim Yo Jong issued a statement on Sunday. She said the North would "
     "respond.", [("Kim Yo Jong", None, I)]),
    ("wire-cue-inside-quote", '"They said we would fail," Kim said.', [("Kim Jong Un", None, D)]),
    ("wire-state-media-partial", 'State media said Kim "guided" the test.',
     [("State media", None, P)]),
    # --- multi-paragraph quotes and odd marks
    ("multi-paragraph", '"We have made every effort to ease tensions," Choe Son Hui said.\n\n'
     '"But the United States has ignored our goodwill.\n\n"We will take the road we have '
     'chosen."', [("Choe Son Hui", None, D), ("Choe Son Hui", None, D)]),
    ("colon-then-paragraph", "Kim said in remarks carried by KCNA:\n\n\u201cWe will never "
     "kneel.\n\n\u201cWe will win.\u201d", [("Kim Jong Un", "KCNA", D)]),
    ("odd-mark", 'An odd " mark appears here. "We are ready," the spokesperson said.',
     [("Unnamed officials", None, D)]),
    ("curly-mixed", "\u201cThe talks were candid,\" KCNA said. \"Both sides agreed to meet "
     "again,\u201d it added.", [("KCNA", None, D), ("KCNA", None, D)]),
    # --- state agencies (KCNA, Xinhua, TASS, Global Times)
    ("kcna-noted-with", "Kim Jong Un noted with pride that the missile test was a great "
     "success.", [("Kim Jong Un", None, I)]),
    ("kcna-honorific", "The respected Comrade Kim Jong Un said that the party would never "
     "tolerate any provocation.", [("Kim Jong Un", None, I)]),
    ("kcna-he-mention", "Kim Jong Un inspected the test site. He stressed the need to bolster "
     "the nuclear war deterrent.", [("Kim Jong Un", None, I)]),
    ("kcna-spokesman-for", "A spokesman for the DPRK Foreign Ministry said in a press statement "
     'that the U.S. was "playing with fire."', [("North Korean Foreign Ministry", None, P)]),
    ("kcna-commentary", "Rodong Sinmun in a commentary on Friday said the U.S. is the "
     '"chief culprit" of tensions.', [("Rodong Sinmun", None, P)]),
    ("kcna-quoting", 'The launch was a success, KCNA said, quoting Kim as saying the country '
     'would "further bolster" its deterrent.', [("KCNA", None, I), ("Kim Jong Un", "KCNA", P)]),
    ("xinhua-pointed-out", "Xi pointed out that China and the DPRK are good neighbors.",
     [("Xi Jinping", None, I)]),
    ("xinhua-long-apposition", "Wang Yi, member of the Political Bureau of the CPC Central "
     "Committee and Chinese foreign minister, said China is willing to strengthen strategic "
     "communication with the DPRK.", [("Wang Yi", None, I)]),
    ("xinhua-for-his-part", "For his part, Choe Ryong Hae expressed the hope that the two "
     "countries would deepen exchanges.", [("Choe Ryong Hae", None, I)]),
    ("xinhua-gratitude-for-a-noun", "For his part, Choe Ryong Hae expressed gratitude for "
     "China's support.", []),
    ("xinhua-quoted-by", 'Zhao was quoted as saying by Xinhua that ties would "reach a new '
     'height."', [("Zhao Leji", "Xinhua", P)]),
    ("xinhua-quoted-active", 'Xinhua quoted Zhao as saying that the two countries are "good '
     'neighbors."', [("Zhao Leji", "Xinhua", P)]),
    ("xinhua-stressed-partial", 'Xi stressed that the two sides should "keep in mind the big '
     'picture."', [("Xi Jinping", None, P)]),
    ("xinhua-speaking-at", 'Speaking at the ceremony, Choe said the friendship was '
     '"invincible."', [("Choe Ryong Hae", None, P)]),
    ("globaltimes-analysts", "Chinese analysts told the Global Times that the drills were a "
     '"dangerous provocation."', [("Unnamed analysts", "Global Times", P)]),
    ("globaltimes-us-side", "The US side, however, insisted that sanctions remain in place.",
     [("US government", None, I)]),
    ("tass-spokeswoman", "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow "
     '"categorically rejects" the accusations.', [("Maria Zakharova", None, P)]),
    ("tass-title-alias", '"Russia and the DPRK have a common position," the Russian leader '
     "stressed.", [("Vladimir Putin", None, D)]),
    ("tass-it-added", "China's Foreign Ministry said it had lodged a complaint. It added that "
     'China opposes "any unilateral sanctions."',
     [("Chinese Foreign Ministry", None, I), ("Chinese Foreign Ministry", None, P)]),
    ("tass-they-added", "Analysts said the test was a message to Washington. They added that "
     "more launches were likely.", [("Unnamed analysts", None, I), ("Unnamed analysts", None, I)]),
    # --- South Korean, Japanese and specialist media
    ("yonhap-ministry", "The unification ministry said Tuesday it has no plan to resume the "
     "program.", [("South Korean Unification Ministry", None, I)]),
    ("yonhap-spy-agency", "South Korea's spy agency told lawmakers that Kim's daughter is likely "
     "to be his successor.", [("National Intelligence Service", None, I)]),
    ("yonhap-lawmaker-quoted", "Lawmaker Yoo Sang-bum quoted the NIS as saying the North had "
     "sent troops.", [("National Intelligence Service", "Yoo Sang-bum", I)]),
    ("kyodo-spokesperson", "Tokyo lodged a protest with Beijing through diplomatic channels, a "
     "government spokesperson said.", [("Unnamed officials", None, I)]),
    ("kyodo-told-at", 'Kishida told reporters at his office that Japan would "never accept" the '
     "launches.", [("Fumio Kishida", None, P)]),
    ("specialist-38north", "Satellite imagery shows new construction at the site, according "
     "to 38 North.", [("38 North", None, I)]),
    ("paper-writing-in", "Writing in the New York Times, Victor Cha argued that engagement had "
     "failed.", [("Victor Cha", None, I)]),
    ("paper-interview", "In an interview with the BBC, the former diplomat Thae Yong-ho said the "
     'regime was "more fragile than it looks."', [("Thae Yong-ho", None, P)]),
    ("paper-denounced", "North Korea's foreign ministry denounced the sanctions as \"a "
     'declaration of war."', [("North Korean Foreign Ministry", None, P)]),
    ("wire-name-like-country", '"They are not there yet," said Yang Uk, an analyst at the Asan '
     "Institute for Policy Studies in Seoul.", [("Yang Uk", None, D)]),
    ("wire-one-of-the-sources", "One of the sources, who declined to be identified, said the "
     'move was intended to "send a message" to Washington.', [("Unnamed sources", None, P)]),
    ("wire-panel-of-experts", "The U.N. Panel of Experts said in previous reports that the "
     "North continued to export coal.", [("U.N. Panel of Experts", None, I)]),
    ("wire-data-showed", "Trade rose 20% in September, Chinese customs data showed on Friday.",
     [("General Administration of Customs", None, I)]),
    ("wire-opening-channel", "In a statement carried by the official Korean Central News Agency "
     'on Friday, Kim said the test would "strike extreme uneasiness" into his enemies.',
     [("Kim Jong Un", "KCNA", P)]),
    ("paper-role-then-name", "\u201cWe will not hesitate to impose sanctions,\u201d the US "
     "national security adviser, Jake Sullivan, said last week.", [("Jake Sullivan", None, D)]),
    ("paper-according-after-said", "Yoon spoke at a Cabinet meeting, according to his "
     'spokesperson Kim Eun-hye. "We must respond firmly," Yoon said, according to Kim.',
     [("Kim Eun-hye", None, I), ("Yoon Suk Yeol", "Kim Eun-hye", D)]),
    ("paper-rep-title", '"Dialogue, not threats, is the answer," Rep. Park Chan-dae said.',
     [("Park Chan-dae", None, D)]),
    ("cgtn-urged", "Chinese Foreign Ministry spokesperson Lin Jian on Monday urged all parties to "
     '"exercise restraint" on the peninsula issue.', [("Lin Jian", None, P)]),
    ("wire-quote-then-told-before", '"We will keep talking," Blinken told reporters in Tokyo '
     "before flying to Seoul.", [("Antony Blinken", None, D)]),
    ("wire-apposition-then-saying", "South Korea's unification minister, Kim Yung-ho, rejected "
     "the offer, saying Seoul would not pay for talks.", [("Kim Yung-ho", None, I)]),
    ("kcna-in-which-he", "Kim Jong Un delivered a speech at the Enlarged Plenary Meeting, in "
     "which he stressed the need for self-reliance.", [("Kim Jong Un", None, I)]),
    ("kcna-chain-with-title", 'The newspaper Minju Joson, in a commentary headlined "No '
     'Retreat", urged the people to fight on.', [("Minju Joson", None, I)]),
    ("xinhua-title-in-phrase", "China's deputy foreign minister Sun Weidong replied on Friday, "
     "saying Beijing opposed any sanctions.", [("Sun Weidong", None, I)]),
    ("kcna-the-statement-said", "Kim Yo Jong said in a statement carried by KCNA that Seoul "
     'would regret its actions. "The puppets will pay dearly," the statement said.',
     [("Kim Yo Jong", "KCNA", I), ("Kim Yo Jong", "KCNA", D)]),
    ("yonhap-long-apposition-name", "The country's top diplomat, Foreign Minister Cho Tae-yul, "
     "told lawmakers that Seoul was ready.", [("Cho Tae-yul", None, I)]),
    ("yonhap-final-then-pp", "The launch was detected at 7:30 a.m., South Korea's military said "
     "in a statement to reporters.", [("South Korean Joint Chiefs of Staff", None, I)]),
    ("yonhap-final-then-long-pp", "The launch was detected early on Monday, the Joint Chiefs of "
     "Staff said in a text message sent to journalists.",
     [("South Korean Joint Chiefs of Staff", None, I)]),
    ("kyodo-role-then-long-name", "Japan's top government spokesman, Chief Cabinet Secretary "
     "Yoshimasa Hayashi, told reporters that Tokyo had protested.",
     [("Yoshimasa Hayashi", None, I)]),
    ("yonhap-long-clause-then-attribution", "About 80 of the balloons landed in the South, the "
     "Joint Chiefs of Staff (JCS) said in a message sent to reporters.",
     [("South Korean Joint Chiefs of Staff", None, I)]),
    ("kcna-vice-minister", "North Korea's vice foreign minister Kim Son Gyong responded on "
     "Tuesday, saying the resolution was a provocation.", [("Kim Son Gyong", None, I)]),
    ("wire-participle-after-action", "The two leaders signed the pact, pledging to defend each "
     "other, state media said.", [("State media", None, I)]),
    ("neg-such-remarks", "Such remarks are typical of the hawks in Washington.", []),
    ("neg-those-claims", "Those claims were widely criticized at the time.", []),
    # --- not sources: scare quotes, titles of works, names, datelines, credits, negations
    ("neg-drills-showed", "The drills showed the alliance was strong.", []),
    ("neg-believe", "Some experts believe the North is close to a seventh nuclear test.", []),
    ("neg-title-report", 'The report, titled "Dangerous Liaisons," was released on Monday.', []),
    ("neg-credit", "Kim Jong Un inspects the site. (KCNA/Yonhap)", []),
    ("neg-scare", 'The North\'s "unprecedented" pace of testing has alarmed its neighbors.', []),
    ("neg-scare-global-times", 'Some Western media have hyped the so-called "China threat" '
     "again.", []),
    ("neg-film", 'The film "The Interview" angered Pyongyang.', []),
    ("neg-nickname", 'Trump once dubbed Kim "Little Rocket Man."', []),
    ("neg-scare-friendship", 'The "friendship" between the two nations is under strain.', []),
    ("neg-name-in-quotes", 'Kim visited the "Hall of Fame" exhibition on Sunday.', []),
    ("neg-did-not-say", "Kim Yo Jong did not say whether the talks would resume.", []),
    ("neg-infinitive", "The officials are expected to say more on Friday.", []),
    ("neg-passive", "Reports of a coup could not be confirmed.", []),
    ("neg-amid-reports", "The border closed amid reports of a major outbreak.", []),
    ("neg-dateline", "PYONGYANG, April 11 (Xinhua) -- Zhao Leji held talks with Choe Ryong Hae.",
     []),
    ("neg-noun-report", "The KCNA report on the talks was notably short.", []),
    ("neg-did-not-report", "The North's official media did not immediately report the "
     "launches.", []),
    # --- titles inside a capitalised run are no part of a later surname's full name
    ("title-run-surname", "Deputy Transport Minister Arjun Mehta visited the port on Monday. "
     'Mehta said the new berths were "long overdue".', [("Arjun Mehta", None, P)]),
    ("title-run-local", "Town Council Chair Dana Kowalski opened the hearing. Kowalski said "
     "the vote would be delayed.", [("Dana Kowalski", None, I)]),
    ("title-superintendent", "Superintendent Marcus Bell said classes would resume on "
     "Thursday.", [("Marcus Bell", None, I)]),
    ("title-commissioner-surname", "Police Commissioner Ellen Ruiz met residents. "
     "Ruiz told them patrols would double.", [("Ellen Ruiz", None, I)]),
    ("neg-title-registry-name", "Chinese Foreign Ministry spokesperson Wang Wenbin met "
     "reporters. Wang said China was ready.", [("Wang Wenbin", None, I)]),
    # --- a later short form (prefix or suffix of the words) names the full name given before
    ("short-prefix", "Rahim Osman Karim arrived in Jakarta on Monday. Rahim Osman said "
     "the bloc was united.", [("Rahim Osman Karim", None, I)]),
    ("short-suffix", "Maria Elena Santos chaired the meeting. Elena Santos said the budget "
     "would pass.", [("Maria Elena Santos", None, I)]),
    ("short-after-sentence", "The talks opened in Jakarta on Monday. Rahim Osman Karim "
     "chaired them. The minister left early. Osman Karim said the bloc was united.",
     [("Rahim Osman Karim", None, I)]),
    ("neg-short-other-person", "Paul Novak met reporters on Monday. Anna Novak said the "
     "family would appeal.", [("Anna Novak", None, I)]),
    ("neg-short-after", "Rahim Osman said the bloc was united. Later, Rahim Osman Karim "
     "arrived in Jakarta.", [("Rahim Osman", None, I)]),
    # --- a capitalised function word mid-sentence starts a name ("To", "Do", "An")
    ("particle-name", "The premier met An Van Thanh in Hanoi on Friday. Thanh said "
     "trade would double.", [("An Van Thanh", None, I)]),
    ("particle-name-surname", "The premier held talks with To Huy on Friday. Huy said trade "
     "would double.", [("To Huy", None, I)]),
    ("neg-particle-sentence-start", "To Jones, the vote was a mistake. Jones said he would "
     "appeal.", [("Jones", None, I)]),
    # --- lower-case particles inside a name ("da Silva", "von der", "bin")
    ("particle-da", "Brazilian President Joao Carlos da Costa said the summit would be "
     "\"decisive\".", [("Joao Carlos da Costa", None, P)]),
    ("particle-von-der", "Commission President Greta von der Heide said Europe would respond.",
     [("Greta von der Heide", None, I)]),
    ("particle-bin-surname", "Crown Prince Faisal bin Nasser arrived on Monday. Later, Faisal "
     "said the kingdom was ready.", [("Faisal bin Nasser", None, I)]),
    # --- he/she: a person at the head of a later sentence is more salient than the last speaker
    ("salience-subject", "Anna Berg said the river had always flooded. On Tuesday, crews "
     "were still pumping water. Maria Lind's kitchen was ruined. Her insurer will not pay, "
     "she said.", [("Anna Berg", None, I), ("Maria Lind", None, I)]),
    ("salience-title-subject", "Peter Holm said the summit was vital. Brazilian President "
     "Carlos Mendes has staked his name on it. He said the talks would be \"decisive\".",
     [("Peter Holm", None, I), ("Carlos Mendes", None, P)]),
    ("neg-salience-object", "Peter Holm said he had met Carlos Mendes in May. \"We will "
     "meet again,\" he said.", [("Peter Holm", None, I), ("Peter Holm", None, D)]),
    ("neg-salience-object-sentence", "Peter Holm said the summit was vital. The talks with "
     "Carlos Mendes lasted two hours. \"It went well,\" he said.",
     [("Peter Holm", None, I), ("Peter Holm", None, D)]),
    ("neg-salience-quoted-name", '"I spoke to Carlos Mendes," Peter Holm said. "Mendes is '
     'ready," he added.', [("Peter Holm", None, D), ("Peter Holm", None, D)]),
    # --- a plural group named by a role noun is kept whole (and "the ministers" refers back)
    ("group-adjectives", "European agricultural ministers on Monday urged Brussels to delay "
     "the rules.", [("European agricultural ministers", None, I)]),
    ("group-back", "Nordic energy ministers said the grid was stable. The ministers said "
     "prices would fall.", [("Nordic energy ministers", None, I),
                            ("Nordic energy ministers", None, I)]),
    ("group-compound-chain", "Coastal fishing nations, which depend on the stocks, say they "
     "will reject the quota.", [("Coastal fishing nations", None, I)]),
    ("group-possessive", "The province's dairy farmers said the tariff would ruin them.",
     [("Dairy farmers", None, I)]),
    ("neg-group-not-a-body", "Nordic energy ministers said prices would fall. The ministry "
     "said it disagreed.", [("Nordic energy ministers", None, I)]),
    ("neg-group-bare", "The quota fell sharply, nations said.", []),
    # traders are now the registry's unnamed sources, and what they said is reported
    ("group-after-as", "The price rose as traders said supplies were short.",
     [("Unnamed sources", None, I)]),
    # --- "X said ... "quoted" but/and said CLAUSE": the second verb leads its own clause
    ("ellipsis-after-quote", 'Mendes conceded that the delay was "regrettable" but said the '
     "work could not wait.", [("Mendes", None, P), ("Mendes", None, I)]),
    ("ellipsis-after-quote-and", 'Paul Novak called the plan "reckless" and said he would '
     "appeal.", [("Paul Novak", None, P), ("Paul Novak", None, I)]),
    ("neg-ellipsis-trailing", '"We will appeal," Paul Novak said and left the room.',
     [("Paul Novak", None, D)]),
    # --- "a spokesperson for the <unnamed body>": an unnamed official
    ("spokesperson-for-body", "A spokeswoman for the county said the shelter would open at "
     "noon.", [("Unnamed officials", None, I)]),
    ("neg-spokesperson-for-named", "A spokesman for the DPRK Foreign Ministry said the "
     "talks had failed.", [("North Korean Foreign Ministry", None, I)]),
    # --- a country's body written in lower case; "what it called "X"" is a partial label
    ("body-lowercase", "Japan's health ministry said infections had peaked.",
     [("Japanese Health Ministry", None, I)]),
    ("body-lowercase-chain", "Germany's economy ministry, in a statement, said it opposed "
     'what it called "unfair subsidies".', [("German Economy Ministry", None, I),
                                            ("German Economy Ministry", None, P)]),
    ("neg-body-news-agency", "China's official news agency said the talks ended.",
     [("Chinese state media", None, I)]),
    ("neg-body-official-agency", "China's official agency said the talks ended.",
     [("Chinese state media", None, I)]),
    ("body-lowercase-no-country-as-written", "The health ministry said infections had peaked.",
     [("Health Ministry", None, I)]),
    # --- governments and groups beyond the Korean peninsula; a concessive clause is no report's
    ("gov-long-insisted", "Tehran has long insisted the enrichment is civilian.",
     [("Iranian government", None, I)]),
    ("concessive-own-clause", "Brazil has long argued the dam is safe, though Western "
     "engineering firms say the design is flawed.",
     [("Brazilian government", None, I), ("Western engineering firms", None, I)]),
    ("acronym-sentence-start", "The WMO says the decade was the warmest on record.",
     [("WMO", None, I)]),
    ("coordinated-after-though", "Brazil insists the dam is safe, though the WMO and "
     "Western engineering firms say the design is flawed.",
     [("Brazilian government", None, I), ("WMO", None, I), ("Western engineering firms", None, I)]),
    ("neg-coordinated-comma-after-while", "Prices rose while the rouble, experts said, fell.",
     [("Unnamed analysts", None, I)]),
    # --- "the <country> <role>" refers back to the latest person who spoke for that country
    ("description-back", "Japanese Foreign Minister Takeshi Iwaya said the talks were useful. "
     '"We agreed on a great deal," the Japanese top diplomat said.',
     [("Takeshi Iwaya", None, I), ("Takeshi Iwaya", None, D)]),
    ("neg-description-other-country", "Japanese Foreign Minister Takeshi Iwaya said the talks "
     'were useful. "We agreed on nothing," the Chinese diplomat said.',
     [("Takeshi Iwaya", None, I), ("Unnamed officials", None, D)]),
    ("neg-description-registry", "Russian President Vladimir Putin said the talks were "
     'useful. "Nothing was agreed," the Kremlin spokesman said.',
     [("Vladimir Putin", None, I), ("Dmitry Peskov", None, D)]),
    ("neg-description-indefinite", "Japanese Foreign Minister Takeshi Iwaya said the talks "
     'were useful. "We agreed on a great deal," a Japanese diplomat said.',
     [("Takeshi Iwaya", None, I), ("Unnamed officials", None, D)]),
    ("document-from-body", "Rice imports rose 8% in May, data from Japan's Finance Ministry "
     "showed.", [("Japanese Finance Ministry", None, I)]),
    ("neg-document-from-lowercase", "Rice imports rose 8% in May, data from the past showed.",
     []),
    ("neg-so-called-object", 'Oil prices fell after Riyadh announced so-called "voluntary" '
     "cuts in May.", []),
    ("neg-self-styled-object", "Exports slowed after the junta declared self-styled "
     "emergency rule.", []),
    ("neg-so-called-in-clause", 'Xinhua said the so-called "threat" was exaggerated.',
     [("Xinhua", None, I)]),
    # --- "the chancellor", "the court": the person or body last named with that title or noun
    ("title-back-chancellor", "German Chancellor Olaf Scholz fired his finance minister. The "
     "chancellor said he would call a vote.", [("Olaf Scholz", None, I)]),
    ("title-back-two-words", "Defense Minister Ana Ruiz met Foreign Minister Luis Vega. The "
     "foreign minister said ties were good.", [("Luis Vega", None, I)]),
    ("title-back-capitalised", "Chairman Sato Ken, head of the party, arrived. Premier Abe Jiro "
     "spoke. The Chairman said the plant was a gift.", [("Sato Ken", None, I)]),
    ("title-back-in-apposition", "Li Wei, premier of the Cabinet, made a speech. In his speech, "
     "the premier said that the dam was a victory.", [("Li Wei", None, I)]),
    ("neg-title-back-nobody", "The chancellor said he would call a vote.", []),
    ("neg-title-back-other-title", "Defense Minister Ana Ruiz arrived. The governor said "
     "the roads were closed.", []),
    ("body-back-court", "The Constitutional Court removed the governor. In a unanimous ruling, "
     'the court said he had "gravely violated" the law.', [("Constitutional Court", None, P)]),
    ("body-back-bank-of", "The Reserve Bank of Australia held rates. The central bank said "
     "inflation was easing.", [("Reserve Bank of Australia", None, I)]),
    # --- titles of judges; the article's own people before the registry's
    ("justice-title", '"The law was broken," presiding Justice Anna Kowalczyk said. Kowalczyk '
     "noted that the decree had no basis.", [("Anna Kowalczyk", None, D), ("Anna Kowalczyk", None, I)]),
    ("surname-article-before-registry", '"The law was broken," acting Chief Justice Moon '
     "Hyung-bae said. Moon noted that the decree had no basis.",
     [("Moon Hyung-bae", None, D), ("Moon Hyung-bae", None, I)]),
    # --- the Arabic article in names, written small or, heading a sentence, capitalised
    ("arabic-article", '"The border will stay closed," spokesman Omar al-Harbi told reporters. '
     "Al-Harbi added that talks would go on.", [("Omar al-Harbi", None, D), ("Omar al-Harbi", None, I)]),
    ("arabic-article-last", "Egyptian President Abdel Fattah el-Sisi said the crossing would open.",
     [("Abdel Fattah el-Sisi", None, I)]),
    # --- police, groups in a place, unnamed people described by a relative clause
    ("police-trailing", "The mosque was closed, police said.", [("Police", None, I)]),
    ("police-say-in-place", "Police in Osaka say three people died.", [("Police", None, I)]),
    ("police-place-apposition", "Police in Nara City, Nara Prefecture, said two men were hurt.",
     [("Police", None, I)]),
    ("officials-place-country", "Officials in Lyon, France, said the bridge is safe.",
     [("Unnamed officials", None, I)]),
    ("relative-no-comma", "A man in his 70s who runs a shop in Kobe told NHK that he had never "
     'seen such rain. "The windows shook all night," he said.',
     [("Unnamed sources", "NHK", I), ("Unnamed sources", None, D)]),
    ("relative-no-comma-from", "A woman from Lyon who lost her home said the aid came late.",
     [("Unnamed sources", None, I)]),
    ("relative-officials", "Officials who met the envoy in Hanoi said the talks went well.",
     [("Unnamed officials", None, I)]),
    ("unnamed-person-pronoun", 'Mayor Ito said the river rose. A senior official said the dam '
     'was safe. "We checked it twice," he said.',
     [("Ito", None, I), ("Unnamed officials", None, I), ("Unnamed officials", None, D)]),
    # --- bodies missing from the registry: with their country or place, "Ministry of X"
    ("body-place-possessive", "According to Lebanon's Health Ministry, at least 500 people have "
     "been killed.", [("Lebanese Health Ministry", None, I)]),
    ("body-unknown-place", 'Talks have reached a "final stage", Somaliland\'s Ministry of '
     "Foreign Affairs said.", [("Somaliland's Ministry of Foreign Affairs", None, P)]),
    ("body-ministry-of-country", 'Talks have reached a "final stage", Oman\'s Ministry of '
     "Foreign Affairs said.", [("Omani Foreign Ministry", None, P)]),
    ("body-ministry-of", "Qatar's Ministry of Foreign Affairs said talks went on.",
     [("Qatari Foreign Ministry", None, I)]),
    ("body-acronym-registry", "China's Ministry of Commerce (MOFCOM) said that it does not "
     "accept the ruling.", [("Chinese Commerce Ministry", None, I)]),
    ("body-acronym-unknown", "India's Ministry of Commerce (MOC) said on Monday that it does "
     "not accept the ruling.", [("Indian Commerce Ministry", None, I)]),
    ("body-of-country", "The Reserve Bank of India said rates would rise.",
     [("Reserve Bank of India", None, I)]),
    ("government-of-country", "The Government of India said rates would rise.",
     [("Indian government", None, I)]),
    ("office-of-person", "French President Emmanuel Macron's office said the visit was postponed.",
     [("Emmanuel Macron's office", None, I)]),
    ("office-of-title", "Prime Minister Ana Ruiz cancelled the trip. The prime minister's office "
     "said it was postponed.", [("Ana Ruiz's office", None, I)]),
    # --- "according to" a poll or survey by someone; an apposition is not a clause
    ("according-poll-published-by", "According to a poll published by broadcaster ZDF on Friday, "
     "40% of voters want change.", [("ZDF", None, I)]),
    ("according-survey-by", "Most adults use the app, according to a survey by the Pew Research "
     "Center.", [("Pew Research Center", None, I)]),
    ("according-no-apposition-clause", "According to Gaza's Health Ministry, at least 500 people "
     "have been killed since October 7, 2023.", [("Gaza's Health Ministry", None, I)]),
    # --- where, when and the writer's comment are not reported words
    ("neg-reporting-from", "Reporting from Rafah in southern Gaza, the BBC's Lyse Doucet said "
     "families were fleeing.", [("Lyse Doucet", None, I)]),
    ("neg-speaking-to", "It rained. Speaking to reporters, Mayor Ito said the river rose.",
     [("Ito", None, I)]),
    ("neg-underscoring", "The central bank raised rates to the highest level in 17 years, "
     "underscoring its confidence that wages will keep rising.", []),
    ("stressing-after-act", "Kim inspected the plant, stressing that output must rise.",
     [("Kim Jong Un", None, I)]),
    ("said-as-then-that", "Mayor Ito said as he toured the site that the river had risen.",
     [("Ito", None, I)]),
    ("neg-said-as-only", "Rep. Ann Cole said as she left the chamber.", []),
    ("said-as-many-as", "Mayor Ito said as many as 40 people had died.", [("Ito", None, I)]),
    ("both-said", "Ana Ruiz and Luis Vega both said they would accept the result.",
     [("Ana Ruiz", None, I), ("Luis Vega", None, I)]),
    # --- initials (South Indian and Malaysian copy), "Title of X Name", more titles
    ("initial-name", "During the hearing, Additional Public Prosecutor M. Senthil Kumar told "
     "the court that 80 workers were present.", [("M. Senthil Kumar", None, I)]),
    ("initial-name-surname", "Justice R. Devi dismissed the appeal. Rejecting the contention, "
     "Justice Devi said the licence was valid.", [("R. Devi", None, I)]),
    ("title-of-complement", "Chief Inspector of Factories K. Ramesh told The Hindu that "
     "inspections rose. Ramesh said more staff were needed.",
     [("K. Ramesh", None, I), ("K. Ramesh", None, I)]),
    ("title-of-two-words", "Minister of Foreign Affairs Ana Ruiz said ties were good. Ruiz "
     "added that talks would go on.", [("Ana Ruiz", None, I), ("Ana Ruiz", None, I)]),
    ("title-teammate", "Teammate Kayla Moss said the news hit the squad hard.",
     [("Kayla Moss", None, I)]),
    ("title-gov-abbreviation", "Osaka Gov. Ken Mori said the prefecture would pay.",
     [("Ken Mori", None, I)]),
    ("title-party-mp", 'Socialist MP Jean-Luc Roche called the deal "an absurdity".',
     [("Jean-Luc Roche", None, P)]),
    ("title-party-leader", "Green Party leader Ann Cole said the bill was flawed.",
     [("Ann Cole", None, I)]),
    # --- bodies that are not persons; "the coast guard" after "the Japan Coast Guard"
    ("body-coast-guard", "Ten people were hurt, the Japan Coast Guard said. The ship was towed "
     "to port, the coast guard said.",
     [("Japan Coast Guard", None, I), ("Japan Coast Guard", None, I)]),
    ("body-association", "The Tamil Nadu Fireworks Manufacturers Association said it welcomed "
     "the ruling.", [("Tamil Nadu Fireworks Manufacturers Association", None, I)]),
    ("body-company", "Hanseong Motors said owners would be offered a free inspection.",
     [("Hanseong Motors", None, I)]),
    ("body-ministry-of-as-written", "The Ministry of Emergency Management said tents had been "
     "sent.", [("Ministry of Emergency Management", None, I)]),
    # --- ages, places and fronted adverbials around the people who speak
    ("age-adjective", "The ferry shook, a 38-year-old office worker said.",
     [("Unnamed sources", None, I)]),
    ("age-near-place-aside", "A 45-year-old shopkeeper near the port, who asked not to be named, "
     'said the fog had been heavy. "Some mornings you cannot see the islands," he said.',
     [("Unnamed sources", None, I), ("Unnamed sources", None, D)]),
    ("pronoun-after-fronted-adverbial", "Passenger Mayumi Kano said the ship shook. At a news "
     "conference in Imabari on Wednesday evening, Geiyo Line President Hideaki Tsuda bowed "
     'deeply. "We have caused great pain," he said.',
     [("Mayumi Kano", None, I), ("Hideaki Tsuda", None, D)]),
    ("particle-first-name", "Olympic swimmer Lachlan van der Berg has been banned. Van der Berg, "
     'who won relay silver, has maintained his innocence. "I have never cheated," van der Berg '
     "said in a statement.", [("Lachlan van der Berg", None, D)]),
    ("particle-head-pronoun", "Olympic swimmer Lachlan van der Berg has been banned. Van der "
     "Berg, who won relay silver, has maintained his innocence. In a post on Instagram, he "
     'wrote: "I have never cheated."', [("Lachlan van der Berg", None, D)]),
    # --- companies and corporations named again short, or as "the company"
    ("body-described", "A rocket lifted off on Thursday, the Roscosmos state corporation "
     'reported. "The launch went well," the corporation said.',
     [("Roscosmos", None, I), ("Roscosmos", None, D)]),
    ("body-short-name", 'Hanseong Motors will recall 41,000 cars. "We found the cause," '
     "Hanseong said in a statement.", [("Hanseong Motors", None, D)]),
    ("body-the-company", "Acme Corp. will cut 500 jobs. The company said demand had fallen.",
     [("Acme Corp.", None, I)]),
    ("body-the-firm", "Shares of Orion Holdings Ltd. fell. The firm said demand had fallen.",
     [("Orion Holdings Ltd.", None, I)]),
    ("neg-locals-call", 'Locals call the stream "the white river" for its pale sand.', []),
    ("treasury-and-finance-minister", 'Treasury and Finance Minister Mehmet Şimşek said the '
     'process was "firmly on track".', [("Mehmet Şimşek", None, P)]),
    ("body-other-country-registry", "China's Ministry of National Defense on Friday urged Japan "
     "to reflect on its history.", [("Chinese National Defense Ministry", None, I)]),
    ("body-for-the-region", "The vessel was detained, the FSB Border Directorate for the "
     "Sakhalin Region said.", [("FSB Border Directorate for the Sakhalin Region", None, I)]),
    ("body-of-the", "The Central Bank of the UAE said it was monitoring markets closely.",
     [("Central Bank of the UAE", None, I)]),
    ("bare-plural-neighbours", 'Neighbours said the building shook "like a train".',
     [("Unnamed sources", None, P)]),
    # --- "<person> of <party>": the person
    ("person-of-party", "Rep. Choi Min-ho of the main opposition People Power Party said the "
     "committee would meet.", [("Choi Min-ho", None, I)]),
    ("person-of-party-aside", "Rep. Jung Hye-sun of the ruling Democratic Party, who sits on the "
     'committee, said the recall came "far too late" for residents.', [("Jung Hye-sun", None, P)]),
    ("body-of-country-stays", "The Bank of Japan said rates would rise.",
     [("Bank of Japan", None, I)]),
    # --- honorifics and police ranks; a country's body that is a proper name stays as written
    ("title-police-rank", '"We will find them," AC Muhammad Faizal bin Othman said.',
     [("Muhammad Faizal bin Othman", None, D)]),
    ("title-madam", "Madam Rosnah Abdul Rahman said she had queued for an hour.",
     [("Rosnah Abdul Rahman", None, I)]),
    ("title-ch-supt", "Ch Supt Alison Brereton said the roads would stay open.",
     [("Alison Brereton", None, I)]),
    ("neg-title-surname-tan", 'Deputy Minister Nguyen Sinh Nhat Tan said Hanoi had "done its '
     'homework".', [("Nguyen Sinh Nhat Tan", None, P)]),
    ("body-proper-name-with-country", "Greece's Hellenic Civil Aviation Authority said the plane "
     "landed safely.", [("Hellenic Civil Aviation Authority", None, I)]),
    ("body-organization", "According to Iran's Meteorological Organization, rainfall fell 40%.",
     [("Iran's Meteorological Organization", None, I)]),
    ("body-lowercase-ministry-qualified", "China's foreign ministry said talks went on.",
     [("Chinese Foreign Ministry", None, I)]),
    # --- inverted subjects with a title before the name or a name in apposition
    ("inverted-name-in-apposition", '"Nobody wanted this," said Unite\'s regional officer, '
     "Bobby Nair.", [("Bobby Nair", None, D)]),
    ("inverted-lowercase-title", '"We had embers landing a mile ahead," said incident commander '
     "Ben Hollister of the Oregon State Fire Marshal's office. Hollister said crews were "
     "focusing on homes.", [("Ben Hollister", None, D), ("Ben Hollister", None, I)]),
    # --- short forms: the title's complement left out, a name's first words
    ("short-form-of-police", "Assistant Commissioner of Police Muhammad Faizal bin Othman spoke. "
     '"We will find them," AC Muhammad Faizal said.', [("Muhammad Faizal bin Othman", None, D)]),
    ("short-form-first-words", "Finance Minister Sri Mulyani Indrawati was replaced. Sri "
     'Mulyani, a former World Bank official, thanked her staff. "It was an honor," she said.',
     [("Sri Mulyani Indrawati", None, D)]),
    # --- "the judge" for "Justice X", "the lawmaker" for "Rep. X"
    ("title-synonym-judge", 'Justice R. Devi dismissed the appeal. "The accused broke the '
     'rules," the judge said.', [("R. Devi", None, D)]),
    ("title-synonym-lawmaker", "Rep. Ann Cole voted no. The lawmaker said the bill was flawed.",
     [("Ann Cole", None, I)]),
    # --- bodies: a name with an acronym in brackets, a sport's body named after its country
    ("body-with-acronym", "Sport Integrity Australia (SIA) said on Thursday the swimmer had "
     "failed a test.", [("Sport Integrity Australia", None, I)]),
    ("neg-person-with-acronym", "Kim Jong Un (KJU) said the test failed.",
     [("Kim Jong Un", None, I)]),
    ("body-named-after-country", 'Swimming Australia said in a statement it was "disappointed" '
     "by the outcome. The organisation added that it would respect the process.",
     [("Swimming Australia", None, P), ("Swimming Australia", None, I)]),
    ("person-of-country", "Prime Minister Anthony Albanese of Australia said the ban was fair.",
     [("Anthony Albanese", None, I)]),
    # --- where the reported words start; long coordinated titles
    ("said-on-day-the", "Officials said on Thursday the swimmer had failed a test.",
     [("Unnamed officials", None, I)]),
    ("cited-official-domain-words", "Xinhua cited a senior finance ministry official as saying "
     "that several deputies would resign.", [("Unnamed officials", "Xinhua", I)]),
    ("unnamed-fund-manager", "A Singapore-based fund manager told Reuters that investors would "
     "sell.", [("Unnamed sources", "Reuters", I)]),
    ("unnamed-one-passenger", '"We were told to wait," said one passenger, a mother of three '
     "from Haifa who asked not to be named.", [("Unnamed sources", None, D)]),
    ("who-aside-then-name", "A Chinese trader in Dandong, who asked to be identified only by his "
     "surname, Liu, said customs checks had become stricter.", [("Liu", None, I)]),
    ("after-quote-place", '"We lost," Luc Marchetti told reporters at a roadblock near '
     "Beauvais.", [("Luc Marchetti", None, D)]),
    # --- names of bodies with "of ... and ...", initials after "Title of X"
    ("body-of-and", "The Ministry of Petroleum and Natural Gas said it was monitoring the "
     "situation.", [("Ministry of Petroleum and Natural Gas", None, I)]),
    ("body-of-list", 'The Ministry of Trade, Industry and Energy said it would "actively '
     'negotiate" with Washington.', [("Ministry of Trade, Industry and Energy", None, P)]),
    ("neg-people-of-countries", "Kim Jong Un of North Korea and Xi Jinping of China said ties "
     "were strong.", [("Kim Jong Un", None, I), ("Xi Jinping", None, I)]),
    ("body-office-of", "The sergeant was sentenced, according to the Army's Office of Special "
     "Trial Counsel, which prosecuted the case.", [("Army's Office of Special Trial Counsel", None, I)]),
    ("body-division", "Illnesses rose in 2024, according to the Armed Forces Health Surveillance "
     "Division.", [("Armed Forces Health Surveillance Division", None, I)]),
    ("title-of-initial", "The order was issued, according to Joint Chief Inspector of Factories "
     "D. Chandrasekhar Varma. Varma said more checks were due.",
     [("D. Chandrasekhar Varma", None, I), ("D. Chandrasekhar Varma", None, I)]),
    ("title-of-institution-person", "Assistant Commissioner of Police Muhammad Faizal bin Othman, "
     "director of the Cybercrime Command, told reporters that officers were working hard.",
     [("Muhammad Faizal bin Othman", None, I)]),
    # --- "X, citing Y, reported that": Y speaks through X
    ("citing-aside", "Moldovan news outlet NewsMaker, citing sources in law enforcement, "
     "reported that the diplomat had met organizers.", [("Unnamed sources", "NewsMaker", I)]),
    ("citing-aside-reports", "The Philippine Daily Inquirer, citing police reports, said at "
     "least 30 of the dead were found in one subdivision.",
     [("Police", "Philippine Daily Inquirer", I)]),
    ("citing-after", "The talks failed, Yonhap reported, citing a government source.",
     [("Unnamed sources", "Yonhap", I)]),
    # --- companies referred to as "the company"; suffixes; quoted with an apposition
    ("company-no-institution-word", 'In a Facebook post, Golden Spoon Catering said it was '
     '"deeply sorry". "We have ceased all operations," the company wrote.',
     [("Golden Spoon Catering", None, P), ("Golden Spoon Catering", None, D)]),
    ("surname-with-suffix", 'President Ferdinand Marcos Jr. declared a calamity. "We will not '
     'leave," Marcos said.', [("Ferdinand Marcos Jr.", None, D)]),
    ("neg-declared-object", "The governor declared a state of emergency on Monday.", []),
    ("quoted-with-apposition", "The Saba news agency quoted Mohammed Al-Bukhaiti, a member of "
     'the political bureau, as saying that the staff had been "caught spying."',
     [("Mohammed Al-Bukhaiti", "Saba", P)]),
    ("relative-one-person-pronoun", "A wedding guest who wanted to be known only as Ms Tan said "
     'half her table fell ill. "Everyone was sick," she said.',
     [("Unnamed sources", None, I), ("Unnamed sources", None, D)]),
    # --- an initial ends no sentence; an envoy "to the UN" is not the UN
    ("pronoun-after-initial", "Mayor Ann Lee spoke first. District Fire Officer K. Srinivasa Rao "
     "said 11 fire tenders were deployed. He said the fire started from a leak.",
     [("K. Srinivasa Rao", None, I), ("K. Srinivasa Rao", None, I)]),
    ("envoy-to-un", "Russia's envoy to the UN said the vote was biased.",
     [("Russia's envoy to the UN", None, I)]),
    ("mission-to-un", "In a statement carried by the Saudi Press Agency, the Kingdom's permanent "
     "mission to the UN said it welcomed the resolution.",
     [("Kingdom's permanent mission to the UN", "Saudi Press Agency", I)]),
    ("ambassador-named-in-apposition", "China's ambassador to the UN, Fu Cong, said the vote was "
     "biased.", [("Fu Cong", None, I)]),
    # --- more bodies and ranks
    ("body-of-and-according", "Five miners died, according to the Department of Mineral and "
     "Petroleum Resources.", [("Department of Mineral and Petroleum Resources", None, I)]),
    ("body-railways", "Freight rose 40%, Russian Railways said.", [("Russian Railways", None, I)]),
    ("title-ngo", "The NGO Caminando Fronteras said 14 people died.",
     [("Caminando Fronteras", None, I)]),
    ("body-place-government", "The Canary Islands government said 31 minors survived.",
     [("Canary Islands government", None, I)]),
    ("title-thai-police-rank", '"The truck was overloaded," Pol Col Chatchai Boonrod said.',
     [("Chatchai Boonrod", None, D)]),
    # --- Vietnamese capitals, more titles, "City of X", "Ministry of X and Y" before the verb
    ("vietnamese-name", "Deputy Health Minister Đào Hồng Lan said the ministry would tighten "
     'inspections. Lan said firms must "strictly handle" violations.',
     [("Đào Hồng Lan", None, I), ("Đào Hồng Lan", None, P)]),
    ("title-td", 'Wexford TD Aoife Kinsella said the port was "far too dependent" on one operator.',
     [("Aoife Kinsella", None, P)]),
    ("title-party-legislator", 'KMT Legislator Hsu Chia-hui said officials had "learned nothing".',
     [("Hsu Chia-hui", None, P)]),
    ("body-of-and-trailing", "A ransomware attack disrupted the hospital, the Ministry of Health "
     "and Welfare said.", [("Ministry of Health and Welfare", None, I)]),
    ("body-city-of", "Evacuees were sent to Kamloops, the City of Kamloops said.",
     [("City of Kamloops", None, I)]),
    # --- "said A, and that B": one row per that-clause
    ("and-that-two-rows", "The port manager, Eoin Brennan, told The Irish Times that hauliers "
     "had been directed to Dublin, but that some loads could not wait.",
     [("Eoin Brennan", None, I), ("Eoin Brennan", None, I)]),
    ("neg-and-that-inside-clause", "Kim said that he and Xi agreed that talks should go on.",
     [("Kim Jong Un", None, I)]),
    ("company-ferries", "Sailings were cancelled after crew on two Atlantic Strait Ferries "
     "vessels began a strike, the company said.", [("Atlantic Strait Ferries", None, I)]),
    # --- bare plural roles are unnamed groups; exchanges are bodies
    ("bare-plural-economists", "Economists said the board's comments kept the door open.",
     [("Unnamed analysts", None, I)]),
    ("bare-plural-traders", "Traders said state banks had been selling dollars.",
     [("Unnamed sources", None, I)]),
    ("body-exchange", "The Indonesia Stock Exchange said it would not halt trading.",
     [("Indonesia Stock Exchange", None, I)]),
    # --- a verb in an object relative clause reports nothing of its own
    ("neg-object-relative", "Russia said it was no longer bound by the moratorium on such "
     "deployments that Moscow had announced in 2019.", [("Russian government", None, I)]),
    ("neg-object-relative-noun-verb", "It was a claim that Seoul denied.", []),
    ("object-relative-label", "Kim called for a fight against practices that he described as "
     '"non-socialist."', [("Kim Jong Un", None, I), ("Kim Jong Un", None, P)]),
    ("and-that-no-comma", "Kremlin spokesman Dmitry Peskov told reporters that Putin was being "
     "kept informed and that the issue would be discussed.",
     [("Dmitry Peskov", None, I), ("Dmitry Peskov", None, I)]),
    # --- "he"/"she" for an unnamed person or a one-name person heading the sentence before
    ("pronoun-unnamed-head", "Wang Chih-hsiung said the hospital was slow. A woman surnamed "
     'Huang brought her father to the hospital and waited three hours. "Nobody could find his '
     'records," she said.', [("Wang Chih-hsiung", None, I), ("Unnamed sources", None, D)]),
    ("pronoun-one-name-head", "Officials said the market fell. Ahmed, a 34-year-old engineer in "
     'Sharjah, has lost a third of his portfolio. "I bought on margin," he told The National.',
     [("Unnamed officials", None, I), ("Ahmed", None, D)]),
    # --- a that-clause after a quoted fragment; acronyms of two words; brackets dropped
    ("and-that-after-partial", 'Chief Cabinet Secretary Yoshimasa Hayashi said the exercise was '
     '"not directed at any specific country" and that the Typhon would leave Japan once it ended.',
     [("Yoshimasa Hayashi", None, P), ("Yoshimasa Hayashi", None, I)]),
    ("neg-and-that-inside-quote", '"Every athlete is responsible, and that principle is not up '
     'for negotiation," chief executive Fiona Hartigan said.', [("Fiona Hartigan", None, D)]),
    ("name-with-characters", "Hospital director Chen Kuo-hua (陳國華) said no data had been stolen.",
     [("Chen Kuo-hua", None, I)]),
    ("unnamed-staff-member", "At a money changer, a staff member who gave his name only as Agus "
     'said demand had jumped. "People are buying dollars," he said.',
     [("Unnamed sources", None, I), ("Unnamed sources", None, D)]),
    ("body-co-with-acronym", "Central Nippon Expressway Co. (NEXCO Central) said it had closed "
     "the expressway.", [("Central Nippon Expressway Co.", None, I)]),
    ("country-more", "Moldova's Foreign Ministry said the diplomat must leave.",
     [("Moldovan Foreign Ministry", None, I)]),
    ("neg-capital-first-name", "Paraguayan President Santiago Pena said the deal was fair.",
     [("Santiago Pena", None, I)]),
    ("coordinated-long-titles", "Democratic Party leader Lee Jae-myung and People Power Party "
     "floor leader Kwon Young-se both said they would accept the court's decision.",
     [("Lee Jae-myung", None, I), ("Kwon Young-se", None, I)]),
    # --- evaluative verbs: a bare object is no report; "as", "for" or a quotation is
    ("neg-condemned-object", "The two foreign ministers condemned the test on Sunday.", []),
    ("condemned-then-saying", "Ruiz and Mendes condemned the strike, saying it broke the "
     "ceasefire.", [("Ruiz", None, I), ("Mendes", None, I)]),
    ("praised-as", "The Seasonal Workers Union praised the ruling as a victory.",
     [("Seasonal Workers Union", None, I)]),
    ("criticized-for", "Ortega criticized the council for delaying the flood barrier.",
     [("Ortega", None, I)]),
    # --- titles with "of ... and ..." before a name; single-syllable three-part names
    ("title-of-and", "Minister of Fisheries and Oceans Claire Dubois said quotas would fall. "
     '"It is painful," Dubois said.', [("Claire Dubois", None, I), ("Claire Dubois", None, D)]),
    ("title-of-three-syllables", "Minister of Land and Environment Pak Myong Su told the "
     "session that the dam was ready. Pak added that trees were planted.",
     [("Pak Myong Su", None, I), ("Pak Myong Su", None, I)]),
    ("secretary-of-and", "Secretary of Housing and Urban Affairs Mark Liddell said rents "
     "would be capped.", [("Mark Liddell", None, I)]),
    # --- bodies joined by "and": with "of" before a bracketed acronym, or a body's head at the end
    ("body-of-and-acronym", "The Ministry of Ports and Shipping (MPS) said the ferry had no "
     "licence.", [("Ministry of Ports and Shipping", None, I)]),
    ("body-and-head", "The Northern Growers and Packers Association said prices would rise.",
     [("Northern Growers and Packers Association", None, I)]),
    ("neg-body-and-two-bodies", "Hanwha Ocean and the Fair Trade Commission said talks had "
     "resumed.", [("Hanwha Ocean", None, I), ("Fair Trade Commission", None, I)]),
    ("body-hyphenated-office", "The Police Regional Office-Visayas said the driver fled.",
     [("Police Regional Office-Visayas", None, I)]),
    ("body-ampersand", "A spokesperson for Marks & Spencer said stores would reopen. "
     "P&O said its ferries were full.", [("Marks & Spencer", None, I), ("P&O", None, I)]),
    # --- "said A and that B": the first clause is a row of its own when B alone has a quotation
    ("and-that-first-clause", 'Suarez told the radio that wages had been paid and that the '
     'strike was "politically driven".', [("Suarez", None, P), ("Suarez", None, I)]),
    # --- a subject with an article and an apposition; people at a place; officers
    ("subject-a-with-apposition", "A spokesperson for Lidl, one of the largest buyers of "
     "Spanish citrus, said the contracts stood.", [("Lidl", None, I)]),
    ("neg-a-time-adjunct", "A day later, Ortega said the contracts stood.",
     [("Ortega", None, I)]),
    ("unnamed-at-the-scene", "An officer at the scene said three cars were involved.",
     [("Unnamed officials", None, I)]),
    ("unnamed-near-the-port", "Residents near the harbour told the radio that the water rose "
     "fast.", [("Unnamed sources", None, I)]),
    ("unnamed-soldier", "A soldier said the road was cut.", [("Unnamed sources", None, I)]),
    ("inverted-name-over-officer", '"We are ready," said the union\'s regional officer, Dana '
     'Whitfield.', [("Dana Whitfield", None, D)]),
    ("neg-demanding-participle", "Two mills stayed shut as workers demanding back pay "
     "blocked the gates, police said.", [("Police", None, I)]),
    ("neg-demanded-object", "The dockers demanded a meeting with the port authority.", []),
    ("residents-bare", "Residents said the river had burst its banks twice.",
     [("Unnamed sources", None, I)]),
    ("relative-then-since-subject", "Talks stalled with Manila, which has hardened its line "
     "since Ortega told parliament that the reef was \"non-negotiable\".",
     [("Ortega", None, P)]),
    ("expert-back-reference", '"Ports matter more than tariffs," said Mina Salo, an economist '
     "at the Baltic Institute. According to the expert, freight volumes will fall, which "
     "worries exporters.", [("Mina Salo", None, D), ("Mina Salo", None, I)]),
    ("neg-expert-back-reference-none", "According to the expert, freight volumes will fall.",
     [("Unnamed analysts", None, I)]),
    ("government-of-region", "Schools will stay shut, the government of Tyrol said.",
     [("Tyrol government", None, I)]),
    ("specified", 'Port chief Ana Ruiz toured the dock. "Both cranes are back," the chief '
     "specified.", [("Ana Ruiz", None, D)]),
    ("neg-did-not-specify", "Ruiz did not specify how many cranes were damaged.", []),
    ("put-it-colon", 'A dealer in Busan, who asked not to be named, put it simply: "Nobody '
     'is buying."', [("Unnamed sources", None, D)]),
    ("neg-put-it-object", "The crew put it back on the truck.", []),
    ("accused-of-then-saying", 'Mendes accused the board of "gambling with pensions", saying '
     "the fund had lost a fifth of its value.", [("Mendes", None, P), ("Mendes", None, I)]),
    ("called-then-saying", 'Ruiz called the levy "a tax on the poor", adding that it would '
     "be repealed.", [("Ruiz", None, P), ("Ruiz", None, I)]),
    ("neg-criticized-for-time", "Striking nurses criticized the hospital for a third day.", []),
    ("issued-statement", "Ri Song Chol, a councillor of the Foreign Ministry, on Monday "
     "issued a press statement on the drills. The statement said the drills were "
     '"an open provocation". It added that the army would respond.',
     [("Ri Song Chol", None, P), ("Ri Song Chol", None, I)]),
    ("neg-statement-not-issued", "The statement said the drills were over.", []),
    ("vice-minister-back-reference", "Pak Myong Ho, vice-minister of Foreign Affairs, met the "
     'envoy. "We are ready," the vice-minister said.', [("Pak Myong Ho", None, D)]),
    ("went-on-colon", 'Ana Ruiz spoke first. She went on: "Nobody will be left behind."',
     [("Ana Ruiz", None, D)]),
    ("neg-continued-object", "Ruiz said the strike would end if the union continued its "
     '"sabotage".', [("Ruiz", None, P)]),
    ("body-of-country-registry", "A spokesperson for the Ministry of Foreign Affairs of the DPRK "
     "said the drills were a provocation.", [("North Korean Foreign Ministry", None, I)]),
    ("body-of-country-as-written", "The Ministry of Agriculture of Laos said the harvest fell.",
     [("Ministry of Agriculture of Laos", None, I)]),
    ("comma-chain-then-adjunct", "Minju Joson, a newspaper of the Cabinet, in a commentary on "
     'Monday described the talks as "a farce". The commentary said the talks had failed.',
     [("Minju Joson", None, P), ("Minju Joson", None, I)]),
    ("expressed-concern-that", "Ortega expressed concern that the barrier was late.",
     [("Ortega", None, I)]),
    ("held-that", "Justice Mara Quist held that the contract was void.",
     [("Mara Quist", None, I)]),
    ("neg-held-talks", "The two sides held talks in Hanoi on Monday.", []),
    ("ruled-that", "The Labour Appeal Tribunal ruled that the dismissals were unfair.",
     [("Labour Appeal Tribunal", None, I)]),
    ("testified", "Ortega testified that he had never seen the money.", [("Ortega", None, I)]),
    ("neg-conceded-defeat", "The ruling party's candidate, Vice President Ana Ruiz, on Sunday "
     "conceded defeat to her rival.", []),
    ("owner-titles-no-name", "PTAD's Executive Secretary, Mira Olu, welcomed the verdict. "
     "According to her, the payroll was cleaned up.", [("Mira Olu", None, I)]),
    ("people-aware-of-the-matter", "Two people aware of the matter said the sale would be "
     "delayed.", [("Unnamed sources", None, I)]),
    ("inverted-title-then-name", '"The pumps failed," said the charity\'s founder, Leila Haddad.',
     [("Leila Haddad", None, D)]),
    ("descriptor-before-firm", "Brokerage Nomvula Capital said in a note to clients that "
     "margins would shrink.", [("Nomvula Capital", None, I)]),
    ("neg-descriptor-in-name", "Korea Electric Power said rates would rise.",
     [("Korea Electric Power", None, I)]),
    ("according-to-described-firm", "According to consulting firm Nakamura Partners, sales rose "
     "by a third.", [("Nakamura Partners", None, I)]),
    ("residents-of-place", "Residents of Kanyama, a township on the river, said the water rose "
     "fast.", [("Unnamed sources", None, I)]),
    ("party-in-province", 'The IFP in KwaZulu-Natal accused the council of "neglect".',
     [("IFP", None, P)]),
    ("title-brigadier", "Police spokesperson Brigadier Sipho Dube said six bodies were found.",
     [("Sipho Dube", None, I)]),
    ("neg-responded-adverb", "The ministry in Hanoi responded sharply.", []),
    ("neg-announced-slogan", 'Police announced a crackdown under the slogan "Safe Streets".', []),
    ("neg-announced-object", "The carmaker announced layoffs on Monday.", []),
    ("announced-that", "The carmaker Veloxa announced that 300 jobs would go.",
     [("Veloxa", None, I)]),
    ("profession-before-name", "Sinologist Marta Lindqvist of Lund University says the visit "
     "was overdue.", [("Marta Lindqvist", None, I)]),
    ("acronym-authority-back-reference", "The Civil Aviation Board approved the route. The Ports "
     "and Ferries Authority (PFA) will run it. The PFA insists the boats are safe. The authority "
     "said more routes would follow.", [("Ports and Ferries Authority", None, I),
                                  ("Ports and Ferries Authority", None, I)]),
    ("source-in-delegation", '"We did not agree," a source in the Chilean delegation told '
     "the radio.", [("Unnamed sources", None, D)]),
    ("passive-quoted-comma-chain", "The head of the growers' union, Ines Caro, was quoted by "
     "the regional daily as saying that the harvest was lost.", [("Ines Caro", None, I)]),
    ("body-and-possessive-head", "The Sivakasi Printers and Binders' Association said the "
     "ban was unfair.", [("Sivakasi Printers and Binders' Association", None, I)]),
    ("arabic-article-capitalised", "Prime Minister Ahmed al-Rawi's party won. Al-Rawi thanked "
     'voters on X. "The people have spoken," he wrote.', [("Ahmed al-Rawi", None, D)]),
    ("it-sentence-subject-body", "The Gulf Ports Agency said traffic fell. The International "
     'Maritime Bureau (IMB) welcomed what it described as a "calmer" quarter.',
     [("Gulf Ports Agency", None, I), ("International Maritime Bureau", None, P)]),
    ("based-descriptor", "Exports fell by a fifth, the Lagos-based BusinessDay newspaper "
     "reported.", [("BusinessDay", None, I)]),
    ("final-coordinated-bodies", "Forty people fell ill, the Health Protection Board (HPB) and "
     "the Nordic Food Authority said on Monday.",
     [("Health Protection Board", None, I), ("Nordic Food Authority", None, I)]),
    ("neg-final-coordinated-adjectives", "Troops crossed the border, Finnish and Swedish "
     "officials said.", [("Unnamed officials", None, I)]),
    ("advised-to", "The Health Protection Board advised travellers to boil tap water.",
     [("Health Protection Board", None, I)]),
    ("possessive-title-office", "Two roads were closed, the Marion County Sheriff's Office "
     "said.", [("Marion County Sheriff's Office", None, I)]),
    ("month-abbreviation-then-that", "Tensions rose after Ruiz told the senate on Nov. 7 that "
     "the base would close.", [("Ruiz", None, I)]),
    ("proposed-that", "Ruiz proposed that the talks resume in May.", [("Ruiz", None, I)]),
    ("neg-proposed-object", "Ruiz proposed a ceasefire.", []),
    ("maintained-that", "Veloxa has maintained that the dam was safe. Ortega maintained the "
     "roads.", [("Veloxa", None, I)]),
    ("neg-who-opening-clause", ", who said the talks would go on.", []),
    ("title-menteri-besar", "Menteri Besar Anwar Kassim said the state would appeal.",
     [("Anwar Kassim", None, I)]),
    ("profession-plural-unnamed", "Some volcanologists have long warned that the crater "
     "could collapse. Hydrologists said the river would rise.",
     [("Unnamed analysts", None, I), ("Unnamed analysts", None, I)]),
    ("quantified-group-in-place", "Some residents in Oravka said the siren never sounded.",
     [("Unnamed sources", None, I)]),
    ("person-before-place-street", "A man sitting outside a cafe in rue Lepic said he had "
     "never seen such queues.", [("Unnamed sources", None, I)]),
    ("neg-described-bare-object", "Passengers described chaotic scenes at the gate.", []),
    ("described-object-relative-as", "She described the medics, who arrived within minutes, as "
     '"calm and kind."', [(None, None, P)]),
    ("intelligence-body", "Ten trains were hit, Ruritania's Military Intelligence said.",
     [("Ruritania's Military Intelligence", None, I)]),
    ("neg-embedded-question", "Ruiz asked for more time. He did not say how Vega responded.", []),
    ("for-his-part-subject", 'Ruiz said the deal was close. For his part, Deputy Minister Tomas '
     "Vega thanked his hosts. He said the visit had been useful.",
     [("Ruiz", None, I), ("Tomas Vega", None, I)]),
    ("it-body-heading-last-sentence", "The Ostrava Regional Court upheld the fine. In a "
     "statement, it said the appeal had no merit.", [("Ostrava Regional Court", None, I)]),
    ("the-airline-described-carrier", 'Budget carrier Blue Heron Air cancelled 40 flights. "We '
     'are sorry," the airline said.', [("Blue Heron Air", None, D)]),
    ("the-company-apposition", "Velmora, a Finnish steel producer, cut 300 jobs. The company "
     "said demand had collapsed.", [("Velmora", None, I)]),
    ("posted-on-that", "Mayor Ilse Brandt posted on social media that the bridge would "
     "reopen. Brandt Logistics posted a record loss.", [("Ilse Brandt", None, I)]),
    ("told-the-newspaper-name", "Ana Ruiz told the newspaper Folha de S.Paulo that the "
     "clinics were full.", [("Ana Ruiz", "Folha de S.Paulo", I)]),
    ("facebook-post-she-wrote", "Ruiz was detained, according to his wife, Ana Vega. In a "
     "Facebook post, she wrote that officers had taken their phones.",
     [("Ana Vega", None, I), ("Ana Vega", None, I)]),
    ("place-tier-government", "The Umbria regional government said schools would stay shut.",
     [("Umbria regional government", None, I)]),
    ("ambassador-to-country-name", "Peruvian Ambassador to the DPRK Luis Ortega said that trade "
     'had grown. "We are patient," the ambassador noted.',
     [("Luis Ortega", None, I), ("Luis Ortega", None, D)]),
    ("ordinal-date-and-adverb-before-verb", "Minister Park Eun-ha on the 6th formally proposed "
     "that the two sides meet.", [("Park Eun-ha", None, I)]),
    ("body-with-and-and-acronym-then-title", "Federation of Ghana Chambers of Commerce and "
     "Industry (FGCCI) President Kofi Mensah said costs were rising.", [("Kofi Mensah", None, I)]),
    ("body-name-with-and-trailing", "Wards were full, according to the Danish Nurses and "
     "Midwives Organisation.", [("Danish Nurses and Midwives Organisation", None, I)]),
    ("body-with-and-and-foreign-acronym", "Two were hurt, according to the Police and Border "
     "Guard Board (PPA).", [("Police and Border Guard Board", None, I)]),
    ("two-bodies-second-acronym", "Fees should be refunded, Cofek and the Motorists "
     "Association of Kenya (MAK) said.",
     [("Cofek", None, I), ("Motorists Association of Kenya", None, I)]),
    ("us-legislator-affiliation", "State Sen. Ana Ruiz, DFL-Duluth, who chairs the panel, wrote "
     "on X that the audit was overdue.", [("Ana Ruiz", None, I)]),
    ("hyphenated-title-then-surname", "UNESCO Director-General Ines Varga opened the "
     'meeting. "We act," Varga told reporters.', [("Ines Varga", None, D)]),
    ("councillor-abbreviation", "Cllr Tom Reid said the depot would close.",
     [("Tom Reid", None, I)]),
    ("body-and-then-title-and-name", "Ministry of Water and Irrigation spokesperson Omar "
     "Haddad said the brine would be diluted.", [("Omar Haddad", None, I)]),
    ("adjective-and-adjective-body", "The quake was the largest since 2023, according to the "
     "Volcanological and Seismological Observatory of Ruritania (OVSR).",
     [("Volcanological and Seismological Observatory of Ruritania", None, I)]),
    ("inverted-then-time-and-place", '"The dam held," said Water Minister Rosa Ilunga at a '
     'news conference in Goma on Monday. "We were lucky," said Tomas Veld as he left.',
     [("Rosa Ilunga", None, D), ("Tomas Veld", None, D)]),
    ("she-after-two-sentence-quote", 'Ana Ruiz, the carrier\u2019s director, said: \u201cWe are '
     "sorry. A timetable that people can plan around is better.\u201d\n\nShe said ten drivers "
     "would qualify in May.", [("Ana Ruiz", None, D), ("Ana Ruiz", None, I)]),
    ("campaign-movement-trust-bodies", "The Campaign for Safer Roads, which has run its petition "
     "since May, said limits should fall. The Woodland Trust said the oaks were lost.",
     [("Campaign for Safer Roads", None, I), ("Woodland Trust", None, I)]),
    ("initials-run-names", "The vote can be held in May, EC Chairman R.M.A.L. Perera said. "
     "Fees will rise, said B.K. Rao.", [("R.M.A.L. Perera", None, I), ("B.K. Rao", None, I)]),
    ("inverted-name-of-lowercase-body", "The vote was rigged, said Ana Ruiz of the ruling party.",
     [("Ana Ruiz", None, I)]),
    ("capital-or-title-as-given-name", "Prices will rise, Trade Minister Lisbon Mwale said. "
     '"We stopped," Dean Okafor, the union organiser, said. Seoul Mayor Oh Se-hoon said no.',
     [("Lisbon Mwale", None, I), ("Dean Okafor", None, D), ("Oh Se-hoon", None, I)]),
    ("described-name-in-comma-chain", "In Kampot district, rice farmer Sok Dara, 46, said the "
     "dykes broke. Another passenger, student Liis Tamm, said the lights went out.",
     [("Sok Dara", None, I), ("Liis Tamm", None, I)]),
    ("currency-after-surname-is-no-name", "Judges sentenced Rudi Santoso to nine years. The "
     "panel also fined Santoso Rp750 million. Asked by the judge whether he accepted the "
     "ruling, he said he would appeal.", [("Rudi Santoso", None, I)]),
    ("surname-that-is-a-body-word", "The deal was signed by Halvorsen Steel CEO Pieter Post. "
     "Post said the plant would stay open. UN Ambassador Lena Power said the vote was a "
     "disgrace.", [("Pieter Post", None, I), ("Lena Power", None, I)]),
    ("vietnamese-three-word-name-after-title-complement", "Talks were co-chaired by Deputy "
     "Minister of Foreign Affairs Tran Thi Lan. Lan said the ties were strong.",
     [("Tran Thi Lan", None, I)]),
    ("place-municipality-body", "In a short note, the Ovar municipality said it respected the "
     "ruling.", [("Ovar municipality", None, I)]),
    ("people-of-a-place", "A mother of two from Cluj told the paper that she would stay home. "
     "One resident of Vila do Conde, where the works were done, said people had suspected it.",
     [("Unnamed sources", None, I), ("Unnamed sources", None, I)]),
    ("title-complement-then-name-with-particle", "Funds were frozen, Secretary of State for "
     "Sport Adriana van Koeverden said.", [("Adriana van Koeverden", None, I)]),
    ("owner-possessive-then-body-noun", "Rowing Ireland's board said in a statement that it "
     "accepted the findings.", [("Rowing Ireland", None, I)]),
    ("title-with-complement-then-the-minister", "King Harald V received Minister of Trade and "
     "Industry Ingrid Solberg-Aas on Friday. “We want more ships built here,” the "
     "minister said.", [("Ingrid Solberg-Aas", None, D)]),
    ("the-head-of-state-and-government", "President Anura Perera opened the session. "
     "“We will not borrow again,” the head of state said. Prime Minister Rohan Silva "
     "spoke next. The head of government said the budget would balance.",
     [("Anura Perera", None, D), ("Rohan Silva", None, I)]),
    ("capital-title-then-lone-surname", "The talks were led by Minister for Trade of Estonia "
     "Kadri Tamm and Minister for Trade of Latvia Janis Ozols. “We agree,” Minister "
     "Ozols said. “The port stays open,” the Minister said.",
     [("Janis Ozols", None, D), ("Janis Ozols", None, D)]),
    ("acronym-title-before-name", "ADC Nurul Karim told reporters that 40 homes were lost. "
     "DMO Farhana Akter Mitu said the shelters were full.",
     [("Nurul Karim", None, I), ("Farhana Akter Mitu", None, I)]),
    ("honorifics-and-post-nominals", "Adv Thabo Nkosi SC argued that the contract was "
     "“void from the start”. Deputy Prime Minister Datuk Seri Anwar Zahid said the "
     "state would appeal.", [("Thabo Nkosi", None, P), ("Anwar Zahid", None, I)]),
    ("place-possessive-before-full-body-name", "Lagos's Waste and Sanitation Management "
     "Authority said the drains would be cleared. Gaza's Health Ministry said the clinic was "
     "shut.", [("Waste and Sanitation Management Authority", None, I),
               ("Gaza's Health Ministry", None, I)]),
    ("relative-clause-with-calls-is-no-attribution", "The cutters met near the Paracel "
     "Islands, which Vietnam calls the Hoang Sa.", []),
    ("the-deputy-pm", "The talks were chaired by Deputy Prime Minister Ana Lisboa. The Deputy PM "
     "said the ties were strong. PM Nuno Reis said he agreed.",
     [("Ana Lisboa", None, I), ("Nuno Reis", None, I)]),
    ("title-complement-particle-then-lone-surname", "Grants were cut, Minister of State for "
     "Culture Pieter van Dijkhuizen announced. Van Dijkhuizen told reporters the cut would "
     "last a year.", [("Pieter van Dijkhuizen", None, I), ("Pieter van Dijkhuizen", None, I)]),
    ("title-complement-then-patronymic-name", "Deputy Commissioner of Police Ahmad Rizal bin "
     "Hamzah spoke on Monday. “We will find them,” he said.",
     [("Ahmad Rizal bin Hamzah", None, D)]),
    ("capitalised-vox-pop-noun-before-name", "Pensioner Ruth Odhiambo, who walked in from "
     "Kisumu, said the queue was long. Commuter Lars Berg said the trains were late.",
     [("Ruth Odhiambo", None, I), ("Lars Berg", None, I)]),
    ("acronym-spells-a-name-with-a-comma", "The Caribbean Disaster, Emergency and Relief Agency "
     "(CDERA) said the storm would pass.",
     [("Caribbean Disaster, Emergency and Relief Agency", None, I)]),
    ("two-bodies-each-with-an-acronym", "The Tenants Union of Freetown (TUF) and the Drivers "
     "Association of Lungi (DAL) said the fees should be refunded.",
     [("Tenants Union of Freetown", None, I), ("Drivers Association of Lungi", None, I)]),
    ("name-right-after-a-body-with-of", "Senior fellow at the Centre for Policy Studies Oyun "
     "Batbayar said the loans had grown. The Office of Special Trial Counsel said it would "
     "appeal.", [("Oyun Batbayar", None, I), ("Office of Special Trial Counsel", None, I)]),
    ("capitalised-modifier-then-described-name-in-chain", "Former sprinter Ewa Nowicka, one "
     "of the athletes who filed complaints, said she felt heard.", [("Ewa Nowicka", None, I)]),
    ("reported-clause-opens-with-a-list", "Dr Ama Boateng, the regional director, said "
     "Accra, Tema and Kumasi had the most cases. She said the Bolga, Navrongo and Zebilla "
     "districts were calm.", [("Ama Boateng", None, I), ("Ama Boateng", None, I)]),
    ("first-surname-of-a-three-word-name", "Metro chief Ricardo Salinas Ortega stated that "
     "trials would begin in May. \u201cWe are on time,\u201d Salinas said.",
     [("Ricardo Salinas Ortega", None, I), ("Ricardo Salinas Ortega", None, D)]),
    ("body-name-with-and-before-its-head", "The Belize Sugar and General Workers Union said "
     "pay had fallen. The Serious Fraud and Anti-Bribery Office said the case was closed.",
     [("Belize Sugar and General Workers Union", None, I),
      ("Serious Fraud and Anti-Bribery Office", None, I)]),
    ("accented-surname-after-title-finds-full-name", "Talks were led by Minister for Trade of "
     "Iceland Sigr\u00fan \u00d3lafsd\u00f3ttir and Minister for Trade of Estonia Kadri Tamm. "
     "\u201cWe agree,\u201d Minister \u00d3lafsd\u00f3ttir said. \u201cThe port stays open,"
     "\u201d the Minister said.",
     [("Sigr\u00fan \u00d3lafsd\u00f3ttir", None, D), ("Sigr\u00fan \u00d3lafsd\u00f3ttir", None, D)]),
    ("two-companies-stay-two-speakers", "Hanwha and Hyundai Heavy Industries said the order "
     "was cancelled.", [("Hanwha", None, I), ("Hyundai Heavy Industries", None, I)]),
    ("participle-opener-is-not-a-speaker", "Mayor Tamar Beridze won the runoff. Speaking to "
     "supporters late on May 17, Beridze thanked voters and said the result showed that "
     "\u201cthe town chose calm\u201d. Responding, Beridze said the roads would be fixed.",
     [("Tamar Beridze", None, P), ("Tamar Beridze", None, I)]),
    ("gerund-subject-clause-keeps-its-speaker", "Trading in six stocks on the Lusaka Securities "
     "Exchange (LuSE) was halted on Monday, the exchange said.",
     [("Lusaka Securities Exchange", None, I)]),
    ("registry-outlet-with-place-and-what-it-is", "North Korea's KCTV television reported on "
     "Monday that the bridge had opened. According to the broadcaster, trucks will cross "
     "\u201cfrom next month.\u201d Pyongyang's Rodong Sinmun newspaper said the bridge was a "
     "gift.", [("KCTV", None, I), ("KCTV", None, P), ("Rodong Sinmun", None, I)]),
    ("body-named-with-a-place-adjective-or-qualifier", "Korean Air said the flights would "
     "resume. Flights were cut 12 times, according to Latvian Airports. National Anti-Fraud "
     "Network (NAFN) said the case showed the need for more audits.",
     [("Korean Air", None, I), ("Latvian Airports", None, I),
      ("National Anti-Fraud Network", None, I)]),
    ("qualifying-title-before-a-person-stays-a-title", "National Security Adviser Ana Lisboa "
     "said the talks would resume. State Councilor Wang Yi said he agreed.",
     [("Ana Lisboa", None, I), ("Wang Yi", None, I)]),
    ("acronym-spells-a-name-across-and", "The case was handled by the Serious Organised Crime "
     "and Anti-Smuggling Unit (SOCU), which said in a statement that the ruling was fair.",
     [("Serious Organised Crime and Anti-Smuggling Unit", None, I)]),
    ("ministry-of-x-and-the-y-are-two-bodies", "The Ministry of Health and the Food Safety "
     "Agency (FSA) said the milk was safe.",
     [("Ministry of Health", None, I), ("Food Safety Agency", None, I)]),
    ("title-complement-with-nouns-then-long-name", "Minister of Housing and Construction "
     "Juan Carlos Mendoza said the homes would be ready. Minister of Regional Administration "
     "and Infrastructure Gor Sargsyan said the road was open.",
     [("Juan Carlos Mendoza", None, I), ("Gor Sargsyan", None, I)]),
    ("web-outlet-named-by-its-domain", "Aida Karimova, a member of the city council, told "
     "Gazeta.uz that the figures were wrong. The club has paid 90,000 euro in fines, "
     "Sportal.hr reported.", [("Aida Karimova", None, I), ("Sportal.hr", None, I)]),
    ("place-tier-and-local-word-for-the-office", "Bus fares will rise in June, the Bishkek "
     "city meriya announced on Monday. The meriya said the rise was needed. The Unite "
     "regional officer said the strike would go on.",
     [("Bishkek city meriya", None, I), ("Bishkek city meriya", None, I),
      ("Unnamed officials", None, I)]),
    ("name-in-apposition-after-a-titles-complement", "Speaking in Mbale, the Minister of State "
     "for Fisheries, Joyce Nabwire Akello, said the ban would stay. \u201cWe will not back "
     "down,\u201d Akello said.",
     [("Joyce Nabwire Akello", None, I), ("Joyce Nabwire Akello", None, D)]),
    ("the-title-refers-back-past-a-lower-case-region", "The governor of Almaty region, Serik "
     "Zhakupov, said the roads were closed.\n\n\u201cWe will reopen them,\u201d the governor "
     "said.\n\nPrefect of Kagera region Ally Mwinyi said schools would shut. \u201cIt is for "
     "two weeks,\u201d the prefect said.",
     [("Serik Zhakupov", None, I), ("Serik Zhakupov", None, D), ("Ally Mwinyi", None, I),
      ("Ally Mwinyi", None, D)]),
    ("lower-case-body-named-by-its-kind", "Two planes were sent from Greece, the justice "
     "ministry said. According to the forestry department, 12 square kilometres burned. The "
     "fire service said the risk remained \u201cvery high\u201d. The same ministry said "
     "nothing else.",
     [("Justice Ministry", None, I), ("Forestry Department", None, I),
      ("Fire Service", None, P)]),
    ("dateline-is-no-subject-of-a-participle", "IPOH, March 3 \u2014 Perak Water Board "
     "(LAP) today raised tariffs, saying the old rates no longer covered costs.\n\n"
     "TAIPEI, May 9 (CNA) -- Taipei Zoo closed two halls on Friday, saying a panda was ill.",
     [("Perak Water Board", None, I), ("Taipei Zoo", None, I)]),
    ("acronym-refers-back-to-the-name-it-was-given", "The Lagos Waste Management Authority "
     "(LAWMA) said collections would resume. LAWMA added that fines would rise. Officials spoke "
     "at Tower LAWMA on Monday. According to LAWMA, 40 trucks were repaired. Kuching City Hall "
     "(DBKU) said rates would stay. DBKU added that bins would be replaced.",
     [("Lagos Waste Management Authority", None, I), ("Lagos Waste Management Authority", None, I),
      ("Lagos Waste Management Authority", None, I), ("Kuching City Hall", None, I),
      ("Kuching City Hall", None, I)]),
    ("name-with-two-particles-after-the-verb", "\u201cThe river rose fast,\u201d said Joost "
     "van der Linde, a hydrologist. Van der Linde said the dykes held.",
     [("Joost van der Linde", None, D), ("Joost van der Linde", None, I)]),
    ("honorifics-and-achievements-before-a-name", "Alhaji Musa Danladi said the market would "
     "reopen. Former Olympian Grace Achieng said the track was unsafe. Engr. Tunde Bakare "
     "said the bridge was sound. National Registrar Paula Rincon said the count was over.",
     [("Musa Danladi", None, I), ("Grace Achieng", None, I), ("Tunde Bakare", None, I),
      ("Paula Rincon", None, I)]),
    ("places-ending-in-a-compass-word-are-no-country", "But residents of Wete and Chake South "
     "said the ferry had not come.", [("Unnamed sources", None, I)]),
    ("one-body-whose-name-has-and", "A spokesman for the Harbour and Marine Authority said the "
     "port would reopen.", [("Harbour and Marine Authority", None, I)]),
    ("quoted-as-saying-past-an-apposition-with-a-quotation", "Kim Jong Un toured the plant, "
     "KCNA said. The agency quoted Kim, whom it called \"the great guide,\" as saying that the "
     "plant would \"never stop\" and that its workers were \"heroes.\"",
     [("KCNA", None, I), ("Kim Jong Un", "KCNA", P), ("Kim Jong Un", "KCNA", P),
      ("KCNA", None, P)]),
    ("reported-subject-set-off-by-an-apposition", "Okafor said Lake Kainji, the largest "
     "reservoir in the state, had risen by two metres. Diallo said Traore, 34, had played his "
     "last match.", [("Okafor", None, I), ("Diallo", None, I)]),
    ("romance-links-inside-a-name", "M\u00e9dicos sin Fronteras said the clinic was closed. "
     "Ecologistas en Acci\u00f3n said it would appeal.",
     [("M\u00e9dicos sin Fronteras", None, I), ("Ecologistas en Acci\u00f3n", None, I)]),
    ("scientists-at-a-university", "Scientists at the University of Otago say the glacier is "
     "shrinking. A seismologist said the quake was shallow.",
     [("University of Otago", None, I), ("Unnamed analysts", None, I)]),
    ("a-list-after-an-opening-adjunct", "In a joint statement, Greenpeace and Oxfam said the "
     "deal was weak.", [("Greenpeace", None, I), ("Oxfam", None, I)]),
    ("post-nominal-and-time-clause-in-a-comma-chain", "Counsel to the defendant, Chief Femi "
     "Adeleke, SAN, told the court that his client was ill. Shortly after the plea was taken, "
     "the prosecutor, Mr. Ade Bello, urged the court to remand him.",
     [("Femi Adeleke", None, I), ("Ade Bello", None, I)]),
    ("age-and-acronym-in-names", "Seventy-two-year-old Doris Alleyne told the Nation she had "
     "no water. In a statement, UL Hospitals Group said beds would open.",
     [("Doris Alleyne", None, I), ("UL Hospitals Group", None, I)]),
    ("attribution-after-a-question-or-exclamation", "\u201cWhere will we sleep tonight?\u201d "
     "Amina Yusuf asked. \"Help us!\" Mayor Tom Reed said on Monday.",
     [("Amina Yusuf", None, D), ("Tom Reed", None, D)]),
    ("a-country-or-its-capital-speaks", "Morocco said the border would stay shut. Rabat has "
     "said the talks were over. Americans said they were tired.",
     [("Moroccan government", None, I), ("Moroccan government", None, I)]),
    ("an-embassy-named-with-its-city", "The Turkish Embassy in Rabat said the visas were ready. "
     "A spokesperson for the Chinese Embassy in Lusaka said China \"firmly opposes\" it.",
     [("Turkish Embassy in Rabat", None, I), ("Chinese Embassy in Lusaka", None, P)]),
    ("the-government-of-the-dateline", "RABAT \u2013 Three years after the floods, the "
     "government says most homes have been rebuilt.", [("Moroccan government", None, I)]),
    ("the-government-with-no-country-is-nobody", "The government says most homes have been "
     "rebuilt.", []),
    ("the-watchdog-refers-back", "The Clean Rivers Trust said the spill was large. Such cases "
     "take years, the watchdog added.",
     [("Clean Rivers Trust", None, I), ("Clean Rivers Trust", None, I)]),
    ("mongolian-names-with-a-glued-initial", "Opening the forum, Prime Minister "
     "L.Oyun-Erdene said the mines would reopen. \u201cWe are ready,\u201d the Prime Minister "
     "said. Deputy Director of the Ministry of Mining D.Bold told reporters that exports "
     "rose. Bold said prices fell.",
     [("L.Oyun-Erdene", None, I), ("L.Oyun-Erdene", None, D), ("D.Bold", None, I),
      ("D.Bold", None, I)]),
    ("the-author-of-a-commentary-that-calls", "Japan's Defense Ministry said three ships "
     "passed. In Pyongyang, the official Korean Central News Agency carried a commentary "
     "calling the drills \"a reckless farce\".",
     [("Japanese Defense Ministry", None, I), ("KCNA", None, P)]),
    ("said-then-according-to-a-channel-and-a-colon", "Ri Son Gwon said at a dinner for the "
     "delegation, according to KCNA: \"Our friendship is eternal.\"",
     [("Ri Son Gwon", "KCNA", D)]),
    ("a-title-in-a-country-is-not-its-government", "The drills were \"a grave threat,\" the "
     "top U.S. commander in Japan told lawmakers.", []),
    ("a-bodys-acronym-and-branch-in-a-comma-chain", "The Secretary of the Nigeria Union of "
     "Teachers, NUT, Oyo State Wing, Comrade Bisi Ade, who spoke in Ibadan, told reporters "
     "that the strike would go on.", [("Bisi Ade", None, I)]),
    ("highlighted-detailed-quipped", "Energy Minister Rosa Pardo detailed that three plants "
     "were generating. \"We worked without rest,\" Pardo highlighted. \"I am no engineer,\" "
     "she quipped. Pardo highlighted the risk of floods and gave no details.",
     [("Rosa Pardo", None, I), ("Rosa Pardo", None, D), ("Rosa Pardo", None, D)]),
    ("people-known-by-what-they-know-or-who-asked-them", "Four banks have stopped payments, "
     "three sources and a banker familiar with the situation told Interfax. Two officials "
     "briefed on the talks said the deal was off. Retailers of household appliances contacted "
     "by Interfax said prices would rise.",
     [("Unnamed sources", "Interfax", I), ("Unnamed officials", None, I), ("Unnamed sources", None, I)]),
    ("a-group-of-places-opening-a-sentence", "Farmers of Kano and Jigawa said the rains came "
     "late. League of Women Voters of Ohio President Ann Cole said turnout fell.",
     [("Unnamed sources", None, I), ("Ann Cole", None, I)]),
    ("a-company-suffix-before-its-acronym", "According to the Private Clinics Association of "
     "the Philippines Inc. (PCAPI), 37 clinics have closed. Hajiya Amina Bello said her farm "
     "was lost.",
     [("Private Clinics Association of the Philippines Inc.", None, I), ("Amina Bello", None, I)]),
    ("bhutanese-and-kenyan-titles", "Dzongdag Pema Wangdi said the road was shut. Lyonpo "
     "Tashi Dorji said the ministry would pay. Advocate Mary Wanjiku said the county did not "
     "consult.", [("Pema Wangdi", None, I), ("Tashi Dorji", None, I), ("Mary Wanjiku", None, I)]),
    ("warned-of-a-topic-is-no-report", "Health officials warned of outbreaks of cholera. "
     "Experts warned about floods, saying the ice was thin.",
     [("Unnamed analysts", None, I)]),
    ("a-surname-that-is-also-were", "\"We are not against regulation,\" Traders' Union "
     "(TU) chairperson Peter Kamau Were told reporters. Mary Akinyi Were said the fees were "
     "too high.", [("Peter Kamau Were", None, D), ("Mary Akinyi Were", None, I)]),
    ("a-branch-chairperson-after-a-body-and-its-acronym", "Law Society of Uganda (LSU) Gulu "
     "branch chairperson Grace Atim welcomed the ruling, saying police must respect bail "
     "terms.", [("Grace Atim", None, I)]),
    ("portfolio-words-end-the-titles-complement", "County Executive Member for Roads and "
     "Works Jane Wambui Mwangi said the bridge would reopen and advise on detours. Minister "
     "of Fisheries Anna Sigríður Jónsdóttir told reporters that quotas would fall. Anna Sigríður "
     "noted that stocks were low.",
     [("Jane Wambui Mwangi", None, I), ("Anna Sigríður Jónsdóttir", None, I),
      ("Anna Sigríður Jónsdóttir", None, I)]),
    ("an-unnamed-rider-with-two-relative-clauses", "A hawker who sells fruit near the "
     "station, who asked not to be named, claimed that inspectors took bribes.",
     [("Unnamed sources", None, I)]),
    ("a-court-finds-an-ombudsman-concludes", "The Reykjavík District Court ruled against "
     "the ministry on Monday. The court found that the minister had no legal basis. The "
     "Parliamentary Ombudsman concluded in May that the ban was unlawful. The inspectors "
     "found rust on the hull.",
     [("Reykjavík District Court", None, I), ("Parliamentary Ombudsman", None, I)]),
    ("a-statement-read", "The Bank of Ghana kept its rate at 27 percent, the bank said in a "
     "statement. \"Inflation is easing,\" the statement read. Ama Owusu read the statement "
     "aloud.", [("Bank of Ghana", None, I), ("Bank of Ghana", None, D)]),
    ("a-body-named-with-a-comma-list", "The Foreign, Commonwealth and Development Office "
     "said the talks were useful. The Icelandic Food and Veterinary Authority (MAST), which "
     "found that the whales suffered, published its report.",
     [("Foreign, Commonwealth and Development Office", None, I),
      ("Icelandic Food and Veterinary Authority", None, I)]),
    ("a-body-in-its-capital", "The Joint Chiefs of Staff in Seoul said the missiles flew "
     "350km. Officials in Tokyo said the launch was a threat.",
     [("South Korean Joint Chiefs of Staff", None, I), ("Unnamed officials", None, I)]),
    ("a-pronoun-is-not-a-place-in-its-own-words", "Dr Ama Boateng said the clinics were "
     "full. Nurses worked double shifts. The Sissala East, Lambussie Karni and Jirapa districts "
     "are the worst hit, she said.", [("Ama Boateng", None, I), ("Ama Boateng", None, I)]),
    ("a-relative-clause-with-no-words-of-its-own", "The Regional Director of Education, Mr Yaw "
     "Mensah, who disclosed this in Wa, said the market would reopen.", [("Yaw Mensah", None, I)]),
    ("a-councillor-with-ward-in-brackets", "Coun. Maria Lopez (Ward 7, Humber River), who "
     "chairs the committee, said the fee was \u201cfair and modest.\u201d \u201cWho pays for "
     "it?\u201d asked Coun. Tom Reed (Ward 3, Etobicoke-Lakeshore).",
     [("Maria Lopez", None, P), ("Tom Reed", None, D)]),
    ("a-court-in-a-city-and-initialled-surnames", "The court in Utrecht ruled on Monday that "
     "the pair had \"abused their trust\". A third defendant, Samir B., 31, told the court "
     "that he had been coerced. \"I had no choice,\" he said.",
     [("Utrecht court", None, P), ("Samir B.", None, I), ("Samir B.", None, D)]),
    ("a-religious-title-before-a-three-word-name", "Minister of Mines and Petroleum Mawlawi "
     "Abdul Rahim Noori said the mine would reopen. Ministry of Economy spokesman Qari Abdul "
     "Latif Nazari said exports rose. General Secretary To Lam told reporters that trade grew.",
     [("Abdul Rahim Noori", None, I), ("Abdul Latif Nazari", None, I), ("To Lam", None, I)]),
    ("branded-labelled-dismissed-as", "Opposition leader Rita Mendes dismissed the audit as "
     "\"a political stunt\". Kenya's Interior Ministry branded the protest an \"illegal gathering\". "
     "Ana Ruiz said the agency had dismissed 40 staff and that factories supplying US brands "
     "had closed.", [("Rita Mendes", None, P), ("Kenyan Interior Ministry", None, P),
                     ("Ana Ruiz", None, I), ("Ana Ruiz", None, I)]),
    ("a-clause-missing-its-subject-after-say", "Lee flew to Hanoi on Monday, a visit that "
     "diplomats say is meant to court Vietnam. The board cut fees, a step Mayor Ana Ruiz says "
     "will help renters. The plan that Hanoi announced was costly.",
     [("Unnamed officials", None, I), ("Ana Ruiz", None, I)]),
    ("a-subject-then-a-quoted-predicate", "The embassy's spokesperson, Ana Ruiz, said "
     "Washington \"stands with its allies.\" Ruiz said on Monday: \"We are ready.\"",
     [("Ana Ruiz", None, P), ("Ana Ruiz", None, D)]),
    ("zimbabwean-clr-and-cde", "Harare Mayor Clr Jacob Mafume said the council would hire "
     "40 nurses. \u201cWe cannot wait,\u201d said Cde Mafume. Clr. Ruth Moyo said it was late.",
     [("Jacob Mafume", None, I), ("Jacob Mafume", None, D), ("Ruth Moyo", None, I)]),
    ("marketeers-are-unnamed-sources", "But marketeers at Mbare Market described the levy as "
     "\"unfair,\" saying they had not been consulted.",
     [("Unnamed sources", None, P), ("Unnamed sources", None, I)]),
    ("a-long-participle-lead-is-no-clause", "Testifying during the trial last month, police "
     "investigator Mary Banda told the court that the accused had fled. Speaking during a media "
     "briefing at the Ministry of Energy headquarters in Ndola yesterday, Minister of Energy Dr. "
     "Peter Kapala said Government had approved the tariffs.",
     [("Mary Banda", None, I), ("Peter Kapala", None, I)]),
    ("a-verb-inside-a-second-that-clause", "Okafor said the lab would publish its data in May, "
     "and that students had already suggested a name.",
     [("Okafor", None, I), ("Okafor", None, I)]),
    ("she-after-a-kin-apposed-name", "Peter Banda told reporters the verdict was fair. His "
     "sister, Ruth Banda, cried as the verdict was read. \"Seven years we waited,\" she said. "
     "His lawyer was absent. \"We will appeal,\" she said.",
     [("Peter Banda", None, I), ("Ruth Banda", None, D), ("Ruth Banda", None, D)]),
    ("a-quotation-paragraph-after-reported-speech", "Authority chief Jone Tikoisuva says the "
     "repairs took longer than planned.\n\n\"We would rather sail a week late.\"\n\nThe "
     "ferry \"Lomaiviti\" will sail on Monday.\n\n\"It is safe.\"",
     [("Jone Tikoisuva", None, I), ("Jone Tikoisuva", None, D)]),
    ("a-quotation-paragraph-closed-by-its-own-speaker", "Ana Ruiz said fees would rise.\n\n"
     "\"Are we going to force them to sell?\" association president Tom Reed asked.",
     [("Ana Ruiz", None, I), ("Tom Reed", None, D)]),
    ("a-name-after-a-portfolio-of-two-words", "Minister for Sugar Industry Charan Jeath Singh "
     "says the delay will not matter. Singh says growers will be paid.",
     [("Charan Jeath Singh", None, I), ("Charan Jeath Singh", None, I)]),
    ("a-person-of-a-place-in-a-place", "Cane farmer Ilisoni Tora of Nalovo in Ba says his crop "
     "is ready. Mrs Rudo Moyo (56) of Nketa 6 said she had bought water. Residents of Nalovo in "
     "Ba said the road was closed.",
     [("Ilisoni Tora", None, I), ("Rudo Moyo", None, I), ("Unnamed sources", None, I)]),
    ("the-x-based-university", "Astronomers at Cadi Ayyad University found the comet. In a "
     "statement, the Marrakech-based university said the comet was small. The London-based "
     "Institute for Fiscal Studies said rates would rise.",
     [("Cadi Ayyad University", None, I), ("Institute for Fiscal Studies", None, I)]),
    ("a-treasury-and-an-investment-manager", "The Slovak State Treasury said it would pay. "
     "Norges Bank Investment Management said it had sold its stake.",
     [("Slovak State Treasury", None, I), ("Norges Bank Investment Management", None, I)]),
    ("the-management-of-a-body", "The Korle Bu Teaching Hospital (KBTH) was hit. Management "
     "of the KBTH said the ward was closed. The management of Acme Steel said it would reopen.",
     [("Korle Bu Teaching Hospital", None, I), ("Acme Steel", None, I)]),
    ("forecast-and-assured-that", "The Met Office has forecast that rain will fall in May. "
     "Minister Ana Ruiz assured growers that the state would pay. Ruiz was assured of support.",
     [("Met Office", None, I), ("Ana Ruiz", None, I)]),
    ("a-peer-named-by-title", "Lord Inverallan ruled that the council had acted within its "
     "powers. \"It is misconceived,\" he said. Lord David Cameron said it was fine. Cameron said "
     "more was needed.", [("Lord Inverallan", None, I), ("Lord Inverallan", None, D),
                          ("David Cameron", None, I), ("David Cameron", None, I)]),
    ("an-engineer-and-a-philippine-maria", "\"All tunnels reopened,\" said Eng. Faisal "
     "Al-Otaibi, the undersecretary. \"We will not yield,\" Foreign Affairs Secretary Ma. Elena "
     "Cruz told reporters.", [("Faisal Al-Otaibi", None, D), ("Ma. Elena Cruz", None, D)]),
    ("the-surname-ma-ends-a-sentence", "Trade grew, said Ma. The ministry agreed.",
     [("Ma", None, I)]),
    ("the-surname-eng-ends-a-sentence", "Trains stopped, said MBTA chief Phillip Eng. The "
     "agency agreed. \"We are sorry,\" Eng said.",
     [("Phillip Eng", None, I), ("Phillip Eng", None, D)]),
    ("outside-court-opens-the-sentence", "Outside court, the victim's widow, Ruth Banda, said "
     "the family could heal. Outside court, Tom Phiri said he would appeal.",
     [("Ruth Banda", None, I), ("Tom Phiri", None, I)]),
    ("an-irish-company-suffix", "The developer, Clochán Wind DAC, said in a statement that it "
     "was \"disappointed\" with the ruling.", [("Clochán Wind DAC", None, P)]),
    ("people-of-a-place-in-lower-case", "Residents of the district said the water rose fast. "
     "Villagers of several hamlets told the paper that the road was cut. The mayor of the town "
     "said the bridge was safe.", [("Unnamed sources", None, I), ("Unnamed sources", None, I)]),
    ("a-civil-defence-body", "The Civil Defence said it had rescued 40 people. Defense "
     "Minister Kenji Sato said the launch was a threat.",
     [("Civil Defence", None, I), ("Kenji Sato", None, I)]),
    ("said-this-and-said-so-report-no-words", "\"We will appeal,\" Tom Reed said.\n\nHe said "
     "this while talking to reporters. Ana Ruiz said so on Monday. She said this was wrong.",
     [("Tom Reed", None, D), ("Ana Ruiz", None, I)]),
    ("a-title-defined-by-its-acronym", "The board met under chief electoral officer (CEO) "
     "Rukhsana Begum on Monday.\n\nThe CEO said polling would start at 8am. The Election "
     "Commission (EC) said the count would follow.",
     [("Rukhsana Begum", None, I), ("Election Commission", None, I)]),
    ("an-unknown-word-that-reports-is-an-outlet", "Minister Dzaki Rahman said the plan was "
     "ready, Warta reported. \"There is no need to panic,\" he was quoted as saying.",
     [("Dzaki Rahman", "Warta", I), ("Dzaki Rahman", None, D)]),
    ("a-portfolio-of-two-words-and-another", "Emergency Management and Recovery Minister Tane "
     "Walker, who flew to the coast, said aid would come. Trade and Industry Minister Ana "
     "Ruiz said exports grew.", [("Tane Walker", None, I), ("Ana Ruiz", None, I)]),
    ("estimated-that", "The Chamber of Commerce estimated that each day without power costs "
     "$150 million. Analysts estimated the cost at $5 billion.",
     [("Chamber of Commerce", None, I)]),
    ("ms-and-mr-of-one-surname", "Park Mi-ja, the elder sister of lawmaker Park Tae-ho, said "
     "the land was theirs.\n\n\"We will not sell,\" Ms. Park said. \"Nor will I,\" Mr. Park said.",
     [("Park Mi-ja", None, I), ("Park Mi-ja", None, D), ("Park Tae-ho", None, D)]),
    ("a-name-and-its-relative-clause-open-the-words", "Analysts said Hanoi, which buys most "
     "of the coal, had been uneasy. \"Prices will rise,\" said Tran, who heads the institute, "
     "adding that rates would hold.",
     [("Unnamed analysts", None, I), ("Tran", None, D), ("Tran", None, I)]),
    ("a-party-in-a-region", "The ANC in the OR Tambo region said in a statement that the "
     "councillor had been \"a fearless voice\". Officials in the Kavango East region said the "
     "vote was fair.", [("ANC", None, P), ("Unnamed officials", None, I)]),
    ("accused-of-is-no-report", "The EU listed a dozen firms accused of feeding parts into "
     "drone production. China accused the EU of \"double standards\".",
     [("Chinese government", None, P)]),
    ("a-firm-described-before-its-name", "The tankers sailed under the flag of Gabon, according "
     "to the maritime intelligence firm Seaward. They are now listed on a Russian registry, it "
     "said. Brokerage Kestrel said shares would fall.",
     [("Seaward", None, I), ("Seaward", None, I), ("Kestrel", None, I)]),
    ("iban-names-and-titles", "Longhouse chief Tuai Rumah Jugah anak Empeni filed the suit.\n\n"
     "\"Our grandparents are buried here,\" Jugah said. Penghulu Ngumbang anak Sagat, who heads "
     "the community leaders, said other longhouses would sue.",
     [("Jugah anak Empeni", None, D), ("Ngumbang anak Sagat", None, I)]),
    ("a-delegate-and-a-four-word-name", "Delegate Maria Taitano-Cruz said she had spoken with "
     "officials. Justice Vincent Lau Kok Meng ruled for the families.\n\n\"The evidence is "
     "clear,\" Lau said.", [("Maria Taitano-Cruz", None, I), ("Vincent Lau Kok Meng", None, D)]),
    ("complained-needs-its-words", "Tom Reed said residents had complained for months. "
     "Farmers complained that the water was dirty. Traders complained about the noise.",
     [("Tom Reed", None, I), ("Unnamed sources", None, I)]),
    ("a-nickname-and-a-party-tag", "Sen. Teodoro \"Teddy\" Camacho (R-Rota) said the port "
     "would reopen. \"People welcome visitors,\" Camacho said. Senator Ramon \u201cMonching\u201d "
     "dela Paz said the vote was fair.",
     [("Teodoro Camacho", None, I), ("Teodoro Camacho", None, D), ("Ramon dela Paz", None, I)]),
    ("sources-within-and-officers-attached-to", "Sources within the ministry said the plan "
     "was dead. Officers attached to the Rapid Response Unit had claimed that the man fired first.",
     [("Unnamed sources", None, I), ("Unnamed officials", None, I)]),
    ("a-lawyer-who-represented-a-named-mother", "Attorney Ravi Persad, who represented the "
     "boy's mother, Joan Baptiste, said the family had been \"dragged through the mud\".",
     [("Ravi Persad", None, P)]),
    ("the-architect-named-before", "The project's architect, Mario Vella, said the plan was "
     "better.\n\n\"This is a hotel,\" the architect said. \"It is not,\" the resident said.",
     [("Mario Vella", None, I), ("Mario Vella", None, D), ("Unnamed sources", None, D)]),
    ("a-document-seen-by-an-outlet", "According to an internal Defence Planning Office (DPO) "
     "note seen by Reuters, 11,000 troops remain. According to a Treasury memo, costs rose. "
     "According to a note seen by Reuters, talks stalled.",
     [("Defence Planning Office", "Reuters", I), ("Treasury", None, I), ("Reuters", None, I)]),
    ("the-group-described-or-named-by-one-word", "Fiji is a member of the Pacific Fisheries "
     "Watch, a six-nation group set up in 2020. In its report, the group said catches fell. "
     "Oceanwatch said the ship was leaking. The group said it would sue.",
     [("Pacific Fisheries Watch", None, I), ("Oceanwatch", None, I), ("Oceanwatch", None, I)]),
    ("a-mission-to-a-body", "Japan's Mission to the EU went further, accusing Brussels of "
     "\"double standards\". The Chinese ambassador to Russia said ties were strong.",
     [("Japanese Mission to the EU", None, P), ("Chinese ambassador to Russia", None, I)]),
    ("a-time-between-subject-and-verb", "The Medical Officers' Association (MOA) yesterday "
     "warned that its members would strike. The Ministry of Health on Monday said that the plan "
     "was ready. A spokesperson for New Zealand's Ministry of Foreign Affairs and Trade told "
     "reporters that talks would go on.",
     [("Medical Officers' Association", None, I), ("Ministry of Health", None, I),
      ("New Zealand's Ministry of Foreign Affairs and Trade", None, I)]),
    ("a-statement-posted-on-a-platform", "In a statement posted on its WeChat account, coast "
     "guard spokesperson Liu Dejun said the ship had left. Tarriela posted on X that the crew "
     "was safe.", [("Liu Dejun", None, I), ("Tarriela", None, I)]),
    ("a-tier-before-a-body", "Johor recorded 812 cases in the first week, the state Health "
     "Department said.", [("state Health Department", None, I)]),
    ("a-group-from-a-town-and-province", "Fishermen from Masinloc, Zambales who were in the "
     "area said they had been driven away. Farmers from Rakiraki, Ra said the cane was ready.",
     [("Unnamed sources", None, I), ("Unnamed sources", None, I)]),
    ("eng-with-no-full-stop", "Permanent Secretary Eng Juma Kisanga said the terminal was "
     "ready. \"Our side will be ready,\" Eng Kisanga said.",
     [("Juma Kisanga", None, I), ("Juma Kisanga", None, D)]),
    ("a-manager-at-a-firm-who-asked", "\"We have 60 employees,\" said a manager at a "
     "Chinese-owned travel agency in Garapan who asked not to be named. According to a "
     "criminal complaint filed by federal prosecutors, the men carried two drones.",
     [("Unnamed sources", None, D), ("Federal prosecutors", None, I)]),
    ("a-kings-counsel-and-speaking-outside-court", "Judge Ciara Doyle KC said the driving was "
     "reckless. \"Those who drive must understand,\" Judge Doyle said. Speaking outside court, "
     "the boy's father, Martin Walsh, said the sentence was \"nowhere near enough\".",
     [("Ciara Doyle", None, I), ("Ciara Doyle", None, D), ("Martin Walsh", None, P)]),
    ("called-a-strike-is-no-report", "Travellers face disruption after Unite called a 24-hour "
     "warning strike by ground staff, with Aer Lingus saying it would cancel 120 flights. "
     "Pyongyang called the drills \"a rehearsal for invasion\".",
     [("Aer Lingus", None, I), ("North Korean government", None, P)]),
    ("neighbors-on-a-street-and-in-the-past", "Neighbors on the quiet cul-de-sac said they had "
     "seen agents carry computers out. Pyongyang has in the past dismissed such accusations as "
     "\"a smear campaign\".", [("Unnamed sources", None, I), ("North Korean government", None, P)]),
    ("a-name-then-a-title-in-capitals", "\"Parents should not wait,\" Dr Ahmed Rashid "
     "al-Kuwari, Senior Consultant, Paediatric Emergency at HMC, told reporters. Fullback Saba "
     "Lomidze scored twice. \"It was a dream,\" Lomidze said.",
     [("Ahmed Rashid al-Kuwari", None, D), ("Saba Lomidze", None, D)]),
    ("a-place-word-and-a-body-owner", "Daw Khin Hla has run a factory in Yangon's Hlaingthaya "
     "Township for 14 years. She said none of it compared with the power cuts. The Treasury's "
     "Office of Foreign Assets Control (OFAC) said the network shipped parts.",
     [("Daw Khin Hla", None, I), ("Office of Foreign Assets Control", None, I)]),
    ("a-spokesperson-for-a-body-in-a-city", "A spokesperson for the World Food Programme (WFP) "
     "in Juba said the roads were cut. Minister Ana Ruiz told Bernama the plan had failed.",
     [("World Food Programme", None, I), ("Ana Ruiz", "Bernama", I)]),
    ("police-headquarters", "The police headquarters said in a press release that officers "
     "would be deployed at every polling centre.", [("Police", None, I)]),
    ("a-statement-announced-then-quoted-and-followed", "The Rugby Union of Tonga (RUT) announced "
     "the appointment in a statement signed by its chief executive on Friday.\n\n\"The board "
     "has full confidence in him,\" reads the statement in part.\n\nAccording to the statement, "
     "the coach starts in May. \"We are thrilled,\" said the statement.",
     [("Rugby Union of Tonga", None, D), ("Rugby Union of Tonga", None, I),
      ("Rugby Union of Tonga", None, D)]),
    ("an-unknown-statement-is-no-ones", "According to the statement, the coach starts in May. "
     "The club appealed the ban, a decision it has appealed before.", []),
    ("adding-that-after-a-partial-quotation", "Ana Ruiz called the plan \"reckless,\" adding "
     "that it would cost jobs. Tom Reed said the law was \"a mess,\" noting that courts had "
     "struck it down.", [("Ana Ruiz", None, P), ("Ana Ruiz", None, I), ("Tom Reed", None, P),
                         ("Tom Reed", None, I)]),
    ("people-at-a-named-body-speak-for-it", "Scientists at the Ruvuma Institute of Marine "
     "Research said the reef bleached. An official at KNPH said two died. A nurse at the Ridge "
     "Hospital said she was tired. A former official at the Ruvuma Institute of Marine Research "
     "said it had been warned. Analysts at the bank said rates would rise.",
     [("Ruvuma Institute of Marine Research", None, I), ("KNPH", None, I),
      ("Unnamed sources", None, I), ("Unnamed officials", None, I), ("Unnamed analysts", None, I)]),
    ("elect-titles-positions-and-liberian-verbs", "Senator-elect Mulbah Kollie said he would "
     "serve. \"It was fair,\" Cllr. Ana Togba averred. She encouraged losers to go to court. "
     "Outfielder Yunior Peguero said he was happy.",
     [("Mulbah Kollie", None, I), ("Ana Togba", None, D), ("Ana Togba", None, I),
      ("Yunior Peguero", None, I)]),
    ("his-excellency-bint-and-a-port", "HE Dr Salim bin Ali al Harthy, Chairman of the Marine "
     "Authority, said stocks were \"critically low\". Dr Maryam bint Said al Busaidi said the "
     "survey was done. A spokesperson for the Port of Sohar said ships would slow.",
     [("Salim bin Ali al Harthy", None, P), ("Maryam bint Said al Busaidi", None, I),
                     ("Port of Sohar", None, I)]),
    ("counsel-submitted-contended-and-the-judge-observed", "Counsel Usman Qadri submitted that "
     "23 people had died. Barrister Sara Khan contended that the policy was lawful. \"Nobody may "
     "decide who survives,\" Justice Ana Soomro observed. Khan submitted a report and contended "
     "with delays. Soomro observed the hearing.",
     [("Usman Qadri", None, I), ("Sara Khan", None, I), ("Ana Soomro", None, D)]),
    ("firms-named-with-a-country-and-an-acronym", "Kenanga Investment Bank Malaysia said the "
     "offer was low. Hong Leong Investment Bank (HLIB) Research said it was \"fair\". A group of "
     "minority shareholders in Serata Timur Holdings Bhd says the offer undervalues the company.",
     [("Kenanga Investment Bank Malaysia", None, I), ("Hong Leong Investment Bank Research", None, P),
      ("Minority shareholders", None, I)]),
    ("a-nickname-before-an-initial-and-a-body-in-a-country", "Rep. Antonio \"Tony\" T. Sablan "
     "said the budget was \"too optimistic\". The Association of Banks in Lebanon (ABL) said "
     "deposits were safe.", [("Antonio T. Sablan", None, P), ("Association of Banks in Lebanon", None, I)]),
    ("a-title-that-is-a-surname-a-legend-and-a-lone-participle", "Gov. Josh Green said there was "
     "\"no reason for panic\". \"We learned,\" Green told reporters. Athletics legend Haile "
     "Gebrselassie, who founded the race in 2001, said 55,000 had registered. Reacting, the "
     "Rights Project (RP), in a post on X, urged a \"speedy trial\" of the case.",
     [("Josh Green", None, P), ("Josh Green", None, D), ("Haile Gebrselassie", None, I),
      ("Rights Project", None, P)]),
    ("also-quoted-termed-and-that-evening", "Ushakov was also quoted by TASS as saying "
     "Moscow \"has no secrets\" from Beijing. Captain Babar Azam termed the win as \"the most "
     "special moment\" of his career. Jets "
     "flew near the coast, the Joint Staff Office announced that evening. The suspect is believed "
     "to have fled.",
     [("Ushakov", "TASS", P), ("Babar Azam", None, P), ("Joint Staff Office", None, I)]),
    ("the-king-is-a-title-not-a-surname", "Gov. Ana Green said the dam held. The King said the "
     "nation would recover. \"We stand together,\" Green added.",
     [("Ana Green", None, I), ("Ana Green", None, D)]),
    ("a-subject-then-last-week", "But a commentary by the Korean Central News Agency last week "
     "accused Seoul of trying to \"buy friends\" in Latin America. The Finance Ministry this "
     "month said exports fell.",
     [("KCNA", None, P), ("Finance Ministry", None, I)]),
    ("a-report-named-in-an-opening-phrase-and-a-regional-body", "In its third report, released in "
     "Seoul, the Sanctions Monitoring Team (SMT) said exports fell. \"It is a challenge,\" the "
     "report said. In a statement, HSE Mid West said the ward was full.",
     [("Sanctions Monitoring Team", None, I), ("Sanctions Monitoring Team", None, D),
      ("HSE Mid West", None, I)]),
    ("state-newspapers-are-sources", "Dengue cases doubled, the state-run Global New Light of "
     "Myanmar reported. Cuba's Communist Party newspaper Granma said the visit was historic.",
     [("Global New Light of Myanmar", None, I), ("Granma", None, I)]),
    ("the-head-of-state-after-a-title-with-a-complement", "Aide Yuri Ushakov said the talks went "
     "well. President of the Kyrgyz Republic Sadyr Japarov held meetings. The Head of State said "
     "the railway was ready.", [("Yuri Ushakov", None, I), ("Sadyr Japarov", None, I)]),
    ("a-possessive-role-and-a-name-end-a-trailing-clause", "The plaintiff, identified in the ruling "
     "only by his initials, G.K., has tried since 2019 to withdraw his savings, which he needs for "
     "treatment, his lawyer, Nadine Abou Jaoude, told the paper. "
     "\"He wants his own money,\" she said.",
     [("Nadine Abou Jaoude", None, I), ("Nadine Abou Jaoude", None, D)]),
    ("an-acronym-title-a-named-person-at-a-body-and-informed-that", "Superintendent of Police (SP) "
     "Dipak Raj Bhatta said the slide struck at night. SP Bhatta informed that seven bodies were "
     "found. Meteorologist Binu Maharjan at the Meteorological Forecasting Division said more rain "
     "would fall. He was informed of the decision.",
     [("Dipak Raj Bhatta", None, I), ("Dipak Raj Bhatta", None, I), ("Binu Maharjan", None, I)]),
    ("irish-and-channel-islands-titles-and-sentencing", "Taoiseach Micheál Martin said help would "
     "come. Sentencing, the Deputy Bailiff, Robert MacRae, said the breach was \"of the gravest "
     "kind\" and jailed him.", [("Micheál Martin", None, I), ("Robert MacRae", None, P)]),
    ("an-acronym-after-an-owner-stays", "The National Unity Government's (NUG) Ministry of Health "
     "said it had sent medical teams.", [("NUG Ministry of Health", None, I)]),
    ("an-amount-in-ringgit-ends-no-clause", "KUALA LUMPUR (June 12): A group of minority "
     "shareholders says the RM1.20-per-share offer undervalues the company. A number of "
     "analysts said the Rs3.5 billion plan was late.",
     [("Minority shareholders", None, I), ("Unnamed analysts", None, I)]),
    ("a-ships-name-in-quotes-and-a-bodys-analysts", "The Federal Intelligence Service (BND) "
     "has a report. In it, the BND's analysts write that Kim Jong Un watched the launch "
     "from the submarine \"Hero Kim Kun Ok\". Kim called it \"a clear warning\", the agency "
     "said. Nomura's economists said rates would rise.",
     [("Federal Intelligence Service", None, I),
      ("Kim Jong Un", "Federal Intelligence Service", P), ("Nomura", None, I)]),
    ("a-study-by-scientists-at-a-body-and-a-verb-after-but", "Reefs bleached, according to a "
     "study by scientists at the Ruvuma Institute of Marine Research. And Mines Chamber chief "
     "executive Mwaka Banda welcomed the growth but cautioned that power remained \"the biggest "
     "threat\".", [("Ruvuma Institute of Marine Research", None, I), ("Mwaka Banda", None, P)]),
    ("an-opening-phrase-before-a-nested-report", "During talks at the guesthouse on Friday, Kim "
     "Jong Un told Xi that the two faced \"a grave situation\", KCNA reported. At the party "
     "congress in February, Kim said the arsenal would grow, according to state media.",
     [("Kim Jong Un", "KCNA", P), ("Kim Jong Un", "State media", I)]),
    ("a-comma-chain-after-but", "But Defense Minister Boris Pistorius, speaking at a base in "
     "Munster on Thursday, said Germany was ready. And Ana Ruiz, the minister, said it was not.",
     [("Boris Pistorius", None, I), ("Ana Ruiz", None, I)]),
    ("titles-without-full-stops", "Rear Adm Liang Wei said the strait was calm. Assoc Prof Kwa "
     "Siew Ling said it was not. \"We disagree,\" Rear Adm Liang said.",
     [("Liang Wei", None, I), ("Kwa Siew Ling", None, I), ("Liang Wei", None, D)]),
    ("citing-quoted-words", "Health Minister Ana Ruiz has closed the ward, citing \"serious "
     "lapses\" in hygiene. Tom Reed quit, citing the film \"Contagion\" as his model.",
     [("Ana Ruiz", None, P)]),
    ("residents-of-districts-of-a-province", "Residents of the Nahrin and Burka districts of "
     "Baghlan said the floods took their homes. Mother of four Rose Tamur said she walked for "
     "hours.", [("Unnamed sources", None, I), ("Rose Tamur", None, I)]),
    ("reminded-and-appealed-with-a-quotation", "President Ana Ruiz reminded officials to "
     "\"serve the people first\". Ruiz reminded them of their oath. Mayor Tom Reed appealed to "
     "residents to \"stay off the roads\" and appealed for calm. Reed reminded reporters that "
     "the bridge was shut.",
     [("Ana Ruiz", None, P), ("Tom Reed", None, P), ("Tom Reed", None, I)]),
    ("the-n-year-old-by-age", "Police said 31-year-old Tomas Berg was released. Officer Jan "
     "Holm, 52, was at the scene.\n\nThe 31-year-old told reporters he was innocent. The "
     "52-year-old said nothing was found. \"It is over,\" the 31-year-old mechanic said.",
     [("Police", None, I), ("Tomas Berg", None, I), ("Jan Holm", None, I), ("Tomas Berg", None, D)]),
    ("the-n-year-old-who-spoke-last", "Ana Ruiz, 26, won the final. \"We suffered,\" coach "
     "Tom Reed said. Afterwards Maria Lopez said: \"We earned it.\" Asked about her future, the "
     "24-year-old said she would stay.",
     [("Tom Reed", None, D), ("Maria Lopez", None, D), ("Maria Lopez", None, I)]),
    ("the-bench-is-its-court", "A three-member bench of the Lahore High Court, headed by "
     "Justice Ayesha Malik, heard the appeal on Monday.\n\nThe bench observed that the "
     "authority had ignored its own rules. The panel said the hearing would resume on Friday.",
     [("Lahore High Court", None, I), ("Lahore High Court", None, I)]),
    ("an-accented-given-name-before-a-country-surname", "Defence Minister João Israel said the "
     "base would stay open. Senator Zoë Jordan told reporters the vote was close.",
     [("João Israel", None, I), ("Zoë Jordan", None, I)]),
    ("bare-authorities-are-unnamed-officials", "The ferry was cancelled, port authorities said. "
     "Two roads were shut, the authorities said on Friday. More than 90 homes were flooded, "
     "civil defence authorities said. Spanish authorities said the ship had left.",
     [("Unnamed officials", None, I), ("Unnamed officials", None, I), ("Unnamed officials", None, I),
      ("Spanish government", None, I)]),
    ("an-ampersand-in-a-title-before-a-name", "Health & Social Care Minister Deputy Ana Ruiz "
     "said the ward would reopen. Marks & Spencer said sales rose. Procter & Gamble Chief "
     "Executive Jon Moeller said costs rose.",
     [("Ana Ruiz", None, I), ("Marks & Spencer", None, I), ("Jon Moeller", None, I)]),
    ("a-party-to-a-case-as-a-title", "Rajendra Prasad Luitel filed the writ in 2024.\n\n"
     "Petitioner Luitel said the order was \"a victory for the Tarai\". Plaintiff Ana Ruiz said "
     "she was relieved.",
     [("Rajendra Prasad Luitel", None, P), ("Ana Ruiz", None, I)]),
    ("yesterday-before-a-name", "Yesterday Ana Ruiz said the port would reopen. Separately Tom "
     "Reed said it would not.",
     [("Ana Ruiz", None, I), ("Tom Reed", None, I)]),
    ("the-n-year-old-who-spoke-last-2", "Ana Ruiz, 26, won the final. \"We suffered,\" coach "
     "Tom Reed said. Later, Maria Lopez said: \"We earned it.\" Asked about her future, the "
     "24-year-old said she would stay.",
     [("Tom Reed", None, D), ("Maria Lopez", None, D), ("Maria Lopez", None, I)]),
    ("a-title-with-a-comma-listed-portfolio", "Minister for Trade, Industry and the Economy "
     "Ana Ruiz said the port would reopen. The Minister for Housing, Local Government and "
     "Heritage, Tom Reed, said rents would fall.",
     [("Ana Ruiz", None, I), ("Tom Reed", None, I)]),
    ("two-titled-people-joined-by-and", "Secretary of State Ana Ruiz and Defence Secretary "
     "Tom Reed said the talks would go on. Chairman of the Board Maria Lopez and Chief "
     "Executive Jon Kell said profits rose.",
     [("Ana Ruiz", None, I), ("Tom Reed", None, I), ("Maria Lopez", None, I),
      ("Jon Kell", None, I)]),
    ("a-title-for-a-body-with-and-before-a-name", "Spokesperson for the Ministry of Lands and "
     "Water Ana Maria Ruiz said the dam would open.", [("Ana Maria Ruiz", None, I)]),
    ("a-name-ending-in-a-word-that-is-also-a-title", "\"We will go,\" said U Myo Min Tun, a "
     "farmer. \"We will stay,\" Kyaw Tun said.",
     [("U Myo Min Tun", None, D), ("Kyaw Tun", None, D)]),
    ("quoted-by-after-a-listed-portfolio", "Deputy Minister for Relief, Welfare and "
     "Resettlement Ana Ruiz was quoted by the state-run Daily Post as saying that the camps "
     "would stay open.", [("Ana Ruiz", "Daily Post", I)]),
    ("opined-that", "Economist Ravi Shah, who teaches at the state university, opined that "
     "rates would fall but that prices would stay high.",
     [("Ravi Shah", None, I), ("Ravi Shah", None, I)]),
    ("a-title-alone-as-the-name", "Agriculture Minister Lyonpo Karma Dorji said the harvest "
     "was good.\n\n\"Prices will hold,\" Lyonpo said. \"We will see,\" Governor said.",
     [("Karma Dorji", None, I), ("Karma Dorji", None, D)]),
    ("an-abbreviated-title-after-a-body-ends-no-name", "\"We acted fast,\" OPP Supt. Mark "
     "Reid told reporters.\n\nThe OPP alleges that the shop operated as what the force called "
     "\"a front\" for the gang.", [("Mark Reid", None, D), ("OPP", None, P)]),
    ("a-fathers-title-inside-a-malay-name", "Defence counsel Ahmad Faiz bin Haji Yusof said his "
     "client regretted it. Judge Dayang Siti Aminah binti Pengiran Haji Omar said a deterrent "
     "sentence was necessary.",
     [("Ahmad Faiz bin Haji Yusof", None, I), ("Dayang Siti Aminah binti Pengiran Haji Omar", None, I)]),
    ("sabah-honorific-and-a-neighbour", "Chief Minister Datuk Seri Panglima Ahmad Kassim said "
     "aid would come. Neighbour Mary Jolly, 40, said she heard a roar.",
     [("Ahmad Kassim", None, I), ("Mary Jolly", None, I)]),
    ("a-body-named-with-and-then-its-heads-title", "Penang Fire and Rescue Department director "
     "Aziz Rahman said 45 firemen were there. Kampung Baru Village Development and Security "
     "Committee (JKKK) chairman Lim Ah Kow said villagers had asked for help.",
     [("Aziz Rahman", None, I), ("Lim Ah Kow", None, I)]),
    ("a-participle-opens-the-sentence", "Speaking to supporters at the party’s office in Kandy "
     "after the results were announced, Perera thanked voters and said the result was “a clear "
     "mandate” for the plan.", [("Perera", None, P)]),
    ("both-before-a-bare-verb", "Kyiv and Warsaw both say the border will stay open.",
     [("Ukrainian government", None, I), ("Polish government", None, I)]),
    ("a-portfolio-word-before-and-is-no-earlier-speaker", "Public Health Inspectors (PHIs) "
     "would carry out inspections.\n\nHealth and Mass Media Minister Dr. Ana Ruiz told "
     "Parliament that the Government had allocated Rs. 250 million.", [("Ana Ruiz", None, I)]),
    ("said-so-then-a-participle", "Dr Ana Ruiz said dengue cases rose. She said so addressing "
     "a media briefing at the bureau on Friday.", [("Ana Ruiz", None, I)]),
    ("titles-of-several-words-before-a-malay-name", "KOTA BHARU: The bridge will open in June, "
     "said Works Minister Datuk Patinggi Tan Sri Hamid Bakar Tun Salleh yesterday.\n\nThe "
     "Minister also said tolls would not rise. Deputy Minister Datuk Amar Wong Kah Seng said "
     "the contractor was on schedule.",
     [("Hamid Bakar Tun Salleh", None, I), ("Hamid Bakar Tun Salleh", None, I),
      ("Wong Kah Seng", None, I)]),
    ("tan-alone-is-a-name", "Former president Truong Tan Sang said the road was vital. "
     "Minister Amar Singh said it was late.",
     [("Truong Tan Sang", None, I), ("Amar Singh", None, I)]),
    ("a-noun-before-a-title-then-an-adjunct", "Penang DAP publicity secretary Ooi Heng Keat, in a "
     "statement, said the council must publish the audit.", [("Ooi Heng Keat", None, I)]),
    ("an-ordinal-opens-a-units-name", "The U.S. 7th Fleet said the destroyer made a routine "
     "transit.\n\nA spokesman for the 3rd Infantry Brigade said the drills would end on the "
     "5th.\n\nJapan's 2nd Regional Coast Guard Headquarters said the crew was safe.",
     [("U.S. 7th Fleet", None, I), ("3rd Infantry Brigade", None, I),
      ("2nd Regional Coast Guard Headquarters", None, I)]),
    ("shouted-and-screamed-report-quotations-only", "\"Not again!\" screamed his aunt, Rosa "
     "Lima, as the wall fell.\n\n\"Run!\" shouted one fan at the gate. Residents were "
     "screaming and shouting for hours.", [("Rosa Lima", None, D), ("Unnamed sources", None, D)]),
    ("a-relative-speaks", "\"He was a kind man,\" his sister said.\n\nHis widow said she would "
     "appeal. The victim's aunt, Rosa Lima, said the police came late.",
     [("Unnamed sources", None, D), ("Unnamed sources", None, I), ("Rosa Lima", None, I)]),
    ("a-name-after-a-clauses-opener-then-a-relative-of-someone", "The strike came after Ana "
     "Ruiz, the younger sister of President Tomas Ruiz, warned that the deal would \"end in "
     "ruin\".", [("Ana Ruiz", None, P)]),
    ("a-body-named-for-the-something", "According to the Office for the Coordination of "
     "Humanitarian Affairs, 220,000 people were affected.\n\nA spokesman for the Bureau for the "
     "Protection of Workers said the matter was before the courts.",
     [("Office for the Coordination of Humanitarian Affairs", None, I),
      ("Bureau for the Protection of Workers", None, I)]),
    ("however-he-said-then-the-words", "Ana Ruiz spoke next. However, she said, the council must "
     "act now.\n\nBut, police said, two men were arrested.",
     [("Ana Ruiz", None, I), ("Police", None, I)]),
    ("a-malay-name-again-by-its-given-names", "Mohammad Hafiz bin Haji Ismail represented him."
     "\n\nIn mitigation, Mohammad Hafiz said his client was sorry.",
     [("Mohammad Hafiz bin Haji Ismail", None, I)]),
    ("the-command-said", "The Eastern Theater Command said the drills began at dawn.\n\n"
     "\"Troops are ready,\" the command said.",
     [("Eastern Theater Command", None, I), ("Eastern Theater Command", None, D)]),
    ("ordered-that", "Judge Ana Ruiz heard the case.\n\nShe ordered that the pharmacist be "
     "deported after serving his sentence and that all seized injections be destroyed. The "
     "clinic ordered 20 new fridges. Tom Reed ordered the staff to leave.",
     [("Ana Ruiz", None, I), ("Ana Ruiz", None, I), ("Tom Reed", None, I)]),
    ("a-wards-number-ends-the-titles-complement", "Ward Chair of Jugal-4 Nima Tenzing Sherpa "
     "said the road was shut.", [("Nima Tenzing Sherpa", None, I)]),
    ("land-claimed-and-a-gerund-denied-are-no-words", "Caracas claims the Essequibo region as "
     "part of its territory. Ankara claims sovereignty over the shelf. Ana Ruiz claimed the "
     "vote was rigged. Acme Mining Ltd has denied dumping waste in the river. Tom Reed denied "
     "that he took money.", [("Ana Ruiz", None, I), ("Tom Reed", None, I)]),
    ("calls-them-a-name", "Russia, which has held the islands since 1945, calls them the "
     "Southern Kurils. Tom Reed called it a mistake. Ana Ruiz called it \"a disgrace\".",
     [("Ana Ruiz", None, P)]),
    ("irish-bodies-named-with-an", "The heritage body An Taisce said the ruling was welcome. "
     "An Bord Pleanála said the permission stood.",
     [("An Taisce", None, I), ("An Bord Pleanála", None, I)]),
    ("unnamed-people-then-a-relative-clause", "A port authority official, who spoke on "
     "condition of anonymity because the talks were private, said the ships would wait. A navy "
     "officer on Okinawa, who was not authorized to speak publicly, said radar tracked the "
     "drone. Governor Tomas Reyes Jr., in a video message posted on his page Monday night, said "
     "the island would not be intimidated.",
     [("Unnamed officials", None, I), ("Unnamed officials", None, I), ("Tomas Reyes Jr.", None, I)]),
    ("a-legislators-letters-before-or-after-a-name", "MHK Ruth Cregeen said rents were too "
     "high. Ms Cregeen said tenants were “being squeezed” and that families struggled. Diane "
     "Teare MLC warned the plan was “glossy”. Jane Smith MP said the bill would pass. The "
     "Minister of Health, HE Dr Amal bint Salman Al Sayed Khalifa, stated that the data showed "
     "a rise.",
     [("Ruth Cregeen", None, I), ("Ruth Cregeen", None, P), ("Ruth Cregeen", None, I),
      ("Diane Teare", None, P), ("Jane Smith", None, I),
      ("Amal bint Salman Al Sayed Khalifa", None, I)]),
    ("even-as-ends-the-reported-clause", "Chief Minister Ana Ruiz on Tuesday informed the "
     "Assembly that the government would table the report during the session, even as the "
     "opposition staged a walkout demanding a review \"without further delay\".",
     [("Ana Ruiz", None, I)]),
    ("a-translation-in-brackets-before-the-attribution", "Ana Cruz, 52, lost her house.\n\n"
     "\"Kalit kaayo ang pagsaka sa tubig,\" (The water rose so suddenly.) she said.\n\n\"Re "
     "lapile,\" (We are tired.) said Onkemetse Dikgang, a patient.\n\n\"Re a leboga,\" (We "
     "thank you.) Tom Reed said.",
     [("Ana Cruz", None, D), ("Onkemetse Dikgang", None, D), ("Tom Reed", None, D)]),
    ("negative-land-claimed-and-a-gerund-denied", "Manila claims almost all of the shoal as its "
     "own. Moscow has denied supplying the drones.", []),
    ("negative-a-name-given-and-said-so", "Japan calls them the Northern Territories. She said "
     "so addressing the rally.", []),
    ("a-dateline-in-title-case", "Bengaluru: Mayor Ana Ruiz on Tuesday welcomed the plan, "
     "saying it was overdue. Source: Tom Reed said the plan failed.",
     [("Ana Ruiz", None, I), ("Tom Reed", None, I)]),
    ("a-place-then-a-local-title", "Paro Thrompon Dorji Wangmo said the town would ration "
     "water.", [("Dorji Wangmo", None, I)]),
    ("the-official-then-a-relative-clause", "The official, who asked not to be named because "
     "the talks were private, said the ships would wait. The spokesman, who declined to give "
     "his name, said the port was shut.",
     [("Unnamed officials", None, I), ("Unnamed officials", None, I)]),
    ("any-subject-quoted-a-person-as-saying", "Tom Reed chairs the board.\n\nThe newspaper's "
     "account of the hearing quoted Reed as saying that the fund was \"in good hands\". A "
     "Kyodo report quoted Ana Ruiz as saying the vote would wait.",
     [("Tom Reed", None, P), ("Ana Ruiz", "Kyodo", I)]),
    ("an-owners-document-speaks-for-its-owner", "KCNA's report said the launch succeeded. "
     "Reuters' statement said the story stood. The Health Ministry said cases rose. The "
     "ministry's latest weekly bulletin said 40 people had died. According to Xinhua's "
     "account, the talks were frank.",
     [("KCNA", None, I), ("Reuters", None, I), ("Health Ministry", None, I),
      ("Health Ministry", None, I), ("Xinhua", None, I)]),
    ("the-agency-is-a-public-body-when-no-news-agency-spoke", "The Lagos State Centre for "
     "Disease Control (LSCDC) said 12 cases were confirmed. According to the agency, most "
     "were children.",
     [("Lagos State Centre for Disease Control", None, I),
      ("Lagos State Centre for Disease Control", None, I)]),
    ("a-first-word-that-is-a-tier-is-no-body", "Federal prosecutors said they would appeal. "
     "State investigators said the fire was set. Senior prosecutors said the case was weak.",
     [("Federal prosecutors", None, I), ("Unnamed officials", None, I),
      ("Senior prosecutors", None, I)]),
    ("people-nouns-in-men-and-trades", "Local fishermen say the catch has halved. Fishermen in "
     "Batangas, a province south of Manila, say the boats stay in port. Tour operators said "
     "bookings fell. Rice growers said prices were too low.",
     [("Unnamed sources", None, I), ("Unnamed sources", None, I), ("Unnamed sources", None, I),
      ("Unnamed sources", None, I)]),
    ("unnamed-people-inside-a-named-speakers-words", "Union leader Tom Reed told the paper "
     "that drivers had reported \"rough rides\" for weeks. Ana Ruiz said villagers had warned "
     "the council about the wall. The ministry said it would act, while a spokesperson for the "
     "embassy told reporters that the visa rules were \"under review\".",
     [("Tom Reed", None, P), ("Ana Ruiz", None, I), ("Unnamed officials", None, P)]),
    ("negative-an-owners-document-with-no-owner-named", "The ministry's statement said the "
     "roads were open.", []),
    ("quoted-by-a-paper-then-a-time-before-as-saying", "Tom Reed, who left before the vote, "
     "was quoted by the Daily Post last week as saying his firm had \"nothing to hide\". Ana "
     "Ruiz was quoted by Reuters on Tuesday as saying the deal was off.",
     [("Tom Reed", "Daily Post", P), ("Ana Ruiz", "Reuters", I)]),
    ("an-acronym-that-spells-the-place-keeps-it-in-the-name", "The Centre for Budget and "
     "Rights in Malawi (CEBREM) said the plan was late. CEBREM added that it would sue. The "
     "Institute of Engineers in Kenya (IEK) said the bridge was safe.",
     [("Centre for Budget and Rights in Malawi", None, I),
      ("Centre for Budget and Rights in Malawi", None, I),
      ("Institute of Engineers in Kenya", None, I)]),
    ("a-party-and-seat-in-apposition", "Rep. Ana Ruiz, D-El Paso, said in a statement that "
     "the base was \"ready\". Sen. Tom Reed, R-Ohio, said the vote would wait.",
     [("Ana Ruiz", None, P), ("Tom Reed", None, I)]),
    ("a-field-word-before-and-in-a-bodys-name", "A spokesperson for the Cork Education and "
     "Training Board said classes would resume. The Harbour Health and Social Services Trust "
     "said beds were full.",
     [("Cork Education and Training Board", None, I),
      ("Harbour Health and Social Services Trust", None, I)]),
    ("an-embassy-in-a-city-then-an-adjunct", "The Russian Embassy in Vilnius, in response to "
     "a question from the Baltic Daily, said the claims were false.",
     [("Russian Embassy in Vilnius", None, I)]),
    ("a-unit-of-a-countrys-body", "The Northern Fleet of Russia's Navy said two ships sailed. "
     "The Air Defense Command of Japan's Air Self-Defense Force said jets were scrambled.",
     [("Northern Fleet", None, I), ("Air Defense Command", None, I)]),
    ("plaints-results-and-judgments-speak-for-their-owners", "The High Court sat on Monday. "
     "The court's judgment said the sale was void. According to the traders' plaint, the "
     "council never consulted them. The wind was +0.8, according to the federation's official "
     "results.", [("High Court", None, I), ("Unnamed sources", None, I)]),
    ("directives-with-an-object-and-to", "Justice Ana Ruiz directed the city council to clear "
     "the drains within a week. Governor Tom Reed instructed all district officers to report "
     "daily. Opposition leader Maria Lopez challenged the minister to publish the contracts. "
     "The Fisheries Agency asked fishermen to stay in port.",
     [("Ana Ruiz", None, I), ("Tom Reed", None, I), ("Maria Lopez", None, I),
      ("Fisheries Agency", None, I)]),
    ("negative-directive-verbs-with-no-instruction", "She directed the film in 2019. He "
     "challenged the ruling in court. The court ordered 20 buses. A man who asked not to be "
     "named was there. Mayor Tom Reed ordered a series of closures to repair the road.", []),
    ("an-instruction-inside-a-report-is-the-reporters-unless-quoted", "Tom Reed said the board "
     "had asked the builder to finish by June. Spokesperson Ana Ruiz said Governor Maria Lopez "
     "asked the envoy to play a \"constructive role\" in the talks.",
     [("Tom Reed", None, I), ("Maria Lopez", "Ana Ruiz", P)]),
    ("a-long-translation-between-the-words-and-their-speaker", "\"Naubos ang tanan. Wala na "
     "mi balay,\" (Everything is gone. We have no house left.) Rosa Lima said.\n\n\"Asa man "
     "mi?\" (Where do we go?) she asked.", [("Rosa Lima", None, D), ("Rosa Lima", None, D)]),
    ("a-quotation-right-after-a-report-in-its-paragraph", "\"Prices are up,\" Tom Reed said. "
     "Ana Ruiz, a trader at the port, said the ferry had stopped. \"We wait every day.\"\n\n"
     "Tom Reed said the road was shut. Ana Ruiz said it was open.\n\n\"Nobody told us.\"",
     [("Tom Reed", None, D), ("Ana Ruiz", None, I), ("Ana Ruiz", None, D), ("Tom Reed", None, I),
      ("Ana Ruiz", None, I), ("Ana Ruiz", None, D)]),
    ("a-place-its-tier-and-the-offices-field", "According to the Rangpur district health "
     "office, 212 patients were admitted.\n\nThe Lalitpur metropolitan traffic police office "
     "said the bridge would close.",
     [("Rangpur district health office", None, I),
      ("Lalitpur metropolitan traffic police office", None, I)]),
    ("a-report-in-a-paper-and-data-compiled-by-a-body", "According to a report in the "
     "state-run Global New Light of Myanmar, the ferry sank at dawn.\n\nAccording to data "
     "compiled by Reuters, exports fell.",
     [("Global New Light of Myanmar", None, I), ("Reuters", None, I)]),
    ("a-reports-author-then-the-report-in-a-comma-chain", "Rents rose 9 percent, according to "
     "a report published on Monday by the Central Statistics Office.\n\nThe report, which "
     "covers the years 2019 to 2025, found that rents in Dublin rose fastest.",
     [("Central Statistics Office", None, I), ("Central Statistics Office", None, I)]),
    ("ordered-someone-of-an-age-and-requested-the-public", "Judge Ana Ruiz ordered Tomas "
     "Perez, 52, to pay a fine of RM20,000.\n\nThe Ministry of Health requested the public "
     "to boil their water. It requested anonymity for the nurses.",
     [("Ana Ruiz", None, I), ("Ministry of Health", None, I)]),
    ("a-place-then-a-city-or-a-company-is-one-body", "Kathmandu Metropolitan City said the "
     "market would close.\n\nBiratnagar Jute Mills Limited said it had paid the workers.\n\n"
     "Bank Simpanan Rakyat said it had refunded the fees.",
     [("Kathmandu Metropolitan City", None, I), ("Biratnagar Jute Mills Limited", None, I),
      ("Bank Simpanan Rakyat", None, I)]),
    ("the-x-of-y-is-one-body-not-a-person", "The Isle of Wight Council said the ferry would "
     "run.\n\nThe Superintendence of Public Gardens said the trees were safe.\n\nThe high "
     "court of Kerala said the ban stood.\n\nThe Museum of Rivers and Lakes, Shiga (Otsu "
     "City) announced that the fish was a new species.",
     [("Isle of Wight Council", None, I), ("Superintendence of Public Gardens", None, I),
      ("High Court of Kerala", None, I), ("Museum of Rivers and Lakes", None, I)]),
    ("the-museum-after-the-museum-of-x", "The Museum of Rivers and Lakes said the fish was a "
     "new species.\n\nThe museum said it was the first such find. According to the museum, "
     "the bones belong to one animal.",
     [("Museum of Rivers and Lakes", None, I), ("Museum of Rivers and Lakes", None, I),
      ("Museum of Rivers and Lakes", None, I)]),
    ("a-persons-field-in-brackets-before-their-body", "\"The shell is rare,\" said Associate "
     "Professor Mika Sato (marine biology) of Kochi University.",
     [("Mika Sato", None, D)]),
    ("the-ministry-of-the-minister-who-spoke", "Education Minister Ana Ruiz said the schools "
     "would reopen. The ministry denied that any teacher had been dismissed.\n\nPrime Minister "
     "Tom Reed also spoke.",
     [("Ana Ruiz", None, I), ("Education Ministry", None, I)]),
    ("two-titles-joined-by-and-then-one-name", "Government Spokesman and Minister Ana Ruiz "
     "told reporters that the vote would be held in May.", [("Ana Ruiz", None, I)]),
    ("forecast-that-and-charged-that", "The National Weather Service forecast that the storm "
     "would weaken.\n\nOpposition Leader Tom Reed charged in Parliament that the Government "
     "was \"hiding the truth\". Police charged two men with theft. Judge Ana Ruiz dismissed "
     "the charges as \"baseless\".",
     [("National Weather Service", None, I), ("Tom Reed", None, P), ("Ana Ruiz", None, P)]),
    ("a-body-for-this-and-that-with-a-groups-possessive", "Rights monitor Women's Action for "
     "Peace and Justice (WAPJ) said in a statement that the law was \"a step back\".",
     [("Women's Action for Peace and Justice", None, P)]),
    ("a-companys-name-in-quotation-marks-speaks", "In a reply to our questions, \u201cAraks "
     "Copper\u201d said the dam had held and that the leak was \u201cfully contained.\u201d",
     [("Araks Copper", None, P), ("Araks Copper", None, I)]),
    ("a-directives-object-with-and", "Governor Tom Reed ordered all schools in the city and "
     "three nearby districts to close on Friday.", [("Tom Reed", None, I)]),
    ("a-documents-publisher-after-by", "Figures released by the central bank showed that "
     "inflation eased.\n\nData compiled by the Research and Policy Centre of the University of "
     "Lagos, however, showed that fees rose.\n\nTom Reed said that results compiled by his "
     "party showed he had won.",
     [("Central Bank", None, I), ("Research and Policy Centre of the University of Lagos", None, I),
      ("Tom Reed", None, I)]),
    ("a-second-directive-of-the-same-speaker", "Mayor Ana Ruiz ordered all markets to close "
     "on Monday, and instructed the police to patrol the river banks.",
     [("Ana Ruiz", None, I), ("Ana Ruiz", None, I)]),
    ("the-office-of-a-president", "The office of President Ana Ruiz said the trip was "
     "cancelled.\n\nIn Seoul, the office of President Lee Jae-myung said it \"strongly "
     "condemns\" the launch.",
     [("office of President Ana Ruiz", None, I), ("South Korean presidential office", None, P)]),
    ("a-place-and-a-comma-list-before-a-bodys-head", "The Ajman Roads, Transport and Parking "
     "Authority said the bridge would reopen.", [("Ajman Roads, Transport and Parking Authority",
                                                 None, I)]),
    ("responding-to-a-question-reports-nothing", "In Lusaka, the health ministry's spokesperson "
     "Ana Ruiz, responding to a question at the weekly briefing, said the ward was full.\n\n"
     "Commenting on the ruling, Tom Reed said he would appeal.",
     [("Ana Ruiz", None, I), ("Tom Reed", None, I)]),
    ("a-directive-whose-words-open-with-a-quotation", "Governor Ana Ruiz instructed the fire "
     "service to \u201cspare no effort\u201d to reach the villages.", [("Ana Ruiz", None, P)]),
    ("two-capitals-share-a-plural-verb", "Tokyo and Manila have held such drills since 2023 "
     "and say they are defensive.", [("Japanese government", None, I),
                                     ("Philippine government", None, I)]),
    ("an-envoy-to-the-un-then-the-name", "China's Ambassador to the UN Fu Cong told reporters "
     "that the draft was unbalanced.", [("Fu Cong", None, I)]),
    ("quoted-as-denouncing-or-calling", "On Friday, Xinhua quoted Wang Yi, the foreign minister, "
     "as denouncing the drills as \"a dangerous provocation\".\n\nKCNA quoted Kim Yo Jong as "
     "calling the summit a \"gathering of maniacs.\"",
     [("Wang Yi", "Xinhua", P), ("Kim Yo Jong", "KCNA", P)]),
    ("a-name-with-jr-after-a-comma", "Defense Secretary Ana R. Santos, Jr. said the ships would "
     "\"significantly boost\" patrols. Tomas Reyes, Sr. said the deal was fair.",
     [("Ana R. Santos Jr.", None, P), ("Tomas Reyes Sr.", None, I)]),
    ("a-channels-number-and-a-portal-and-a-parents-epithet", "Channel 4 News reported that the "
     "talks had failed.\n\nMore than 9,000 people fled, according to the National Disaster "
     "Agency's flood portal.\n\nNur Aini Hassan, 71, lost her home. \"The water came so "
     "fast,\" said the grandmother of six.",
     [("Channel 4 News", None, I), ("National Disaster Agency", None, I),
      ("Nur Aini Hassan", None, D)]),
    ("said-in-its-report-published-on-a-day-that", "The Monitoring Team said in its third "
     "report, released on Friday, that the tankers had sailed at night.\n\nTom Reed said in his "
     "letter that the plan was dead.",
     [("Monitoring Team", None, I), ("Tom Reed", None, I)]),
    ("chief-before-a-bodys-name-is-no-title", "The Chief Veterinary Inspectorate said the "
     "outbreak was over.", [("Chief Veterinary Inspectorate", None, I)]),
    ("the-ministry-of-a-named-minister-before-another-body", "The National Statistics Office "
     "said cases rose.\n\nForeign Minister Wang Yi met his counterpart. The ministry said the "
     "talks were useful.",
     [("National Statistics Office", None, I), ("Chinese Foreign Ministry", None, I)]),
    ("a-comma-list-body-with-its-acronym-and-a-regent", "The Forestry, Fisheries and Marine "
     "Agency (FFMA) said the catch fell.\n\nWest Lombok Regent Ana Ruiz said the road was "
     "shut.\n\nProfessor Tom Reed (Korean Peninsula studies) of Doshisha University pointed "
     "out that the launch was a test.\n\nGovernor Maria Lopez issued a comment saying the "
     "launch was reckless.",
     [("Forestry, Fisheries and Marine Agency", None, I), ("Ana Ruiz", None, I),
      ("Tom Reed", None, I), ("Maria Lopez", None, I)]),
    ("a-body-in-a-place-opens-the-sentence", "The Association of Former Prisoners in BiH said in "
     "a statement that the aid was \"too little, too late\".\n\nConsultant Dr Ana Ruiz of "
     "Hospital Sultanah Aminah in Johor Bahru said the ward was full.",
     [("Association of Former Prisoners", None, P), ("Ana Ruiz", None, I)]),
    ("a-presidents-office", "President Lee Jae-myung's office said Seoul was ready to act as a "
     "\"pacemaker\".\n\nPresident Ana Ruiz toured the atolls. The President's Office said in a "
     "statement that a team would visit.",
     [("South Korean presidential office", None, P), ("President's Office", None, I)]),
    ("a-body-with-its-acronym-in-a-city-and-a-company-with-an-ampersand", "The Joint Chiefs of "
     "Staff (JCS) in Seoul said the missile flew 300 km.\n\nAccording to Kansai Power "
     "Transmission & Distribution Co., about 2,000 homes were without power.",
     [("South Korean Joint Chiefs of Staff", None, I),
      ("Kansai Power Transmission & Distribution Co.", None, I)]),
    ("the-acronym-head-is-the-person-named-with-it", "INMH director general Ana Ruiz told "
     "reporters that the drought would last.\n\n\"It is the driest summer on record,\" the "
     "INMH head said.", [("Ana Ruiz", None, I), ("Ana Ruiz", None, D)]),
    ("envoys-excellencies-welsh-names-and-a-party-in-brackets", "UK Ambassador to the UN Ana "
     "Ruiz said the vote had failed.\n\n\"Silence is a gift,\" Ruiz said.\n\nHis Excellency "
     "Tom Reed said the market was \"stable\".\n\nWelsh Conservative leader Rhun ap Iorwerth "
     "said the plan was late.\n\nKeiko Ono (Social Democratic Party) said the cost \"was "
     "hidden\".",
     [("Ana Ruiz", None, I), ("Ana Ruiz", None, D), ("Tom Reed", None, P),
      ("Rhun ap Iorwerth", None, I), ("Keiko Ono", None, P)]),
    ("a-party-named-by-its-members", "The Scottish Liberal Democrats said more than 900 "
     "patients waited.", [("Scottish Liberal Democrats", None, I)]),
    ("reversed-guillemets", "\u00bbWe are striking for patients,\u00ab union leader Ana Ruiz "
     "said.\n\nPrime Minister Tom Reed called the strike \u00bbunlawful\u00ab.",
     [("Ana Ruiz", None, D), ("Tom Reed", None, P)]),
    ("an-owners-document-inside-a-persons-words-is-the-persons", "Dr Ana Ruiz, who chairs the "
     "Royal College of Nursing, said the college's survey showed that nurses were \"at "
     "breaking point\".", [("Ana Ruiz", None, P)]),
    ("a-person-from-a-place-then-a-relative-clause", "Ana Ruiz from Cusco, whose son was "
     "treated at the district hospital, said the clinic had run out of vaccines.",
     [("Ana Ruiz", None, I)]),
    ("a-body-named-with-two-ands", "Bird flu was found on two farms, the Veterinary and "
     "Phytosanitary Control and Food Safety Committee said on Monday.",
     [("Veterinary and Phytosanitary Control and Food Safety Committee", None, I)]),
    ("a-foreign-chamber-named-with-its-host-country", "The Swiss Chamber of Commerce in Peru "
     "(SwissCham) said exports rose.\n\nImports fell, the German Chamber of Industry and "
     "Commerce in Japan said.", [("Swiss Chamber of Commerce in Peru", None, I),
                                  ("German Chamber of Industry and Commerce in Japan", None, I)]),
    ("a-party-in-brackets-then-the-place", "Mayor Ola Dahl (Sp) of Nord-Fron describes the "
     "flood as \u00aba disaster for the valley\u00bb.\n\nRep. Jane Ross (D) of Texas said the bill "
     "was rushed.", [("Ola Dahl", None, P), ("Jane Ross", None, I)]),
    ("a-paper-named-in-quotation-marks-is-the-channel", "\u201eWe will appeal\u201c, lawyer "
     "Anna Berger told the \u201eKurier\u201c after the verdict.\n\nBerger told \"Kommersant\" "
     "that the court was wrong.", [("Anna Berger", "Kurier", D), ("Anna Berger", "Kommersant", I)]),
    ("russian-dash-after-the-comma", "\u00abCargo went by sea. Now there is a road\u00bb, \u2014 "
     "said Deputy Prime Minister Ivan Sokolov. \u00abTrucks will start in August\u00bb.\n\n"
     "\u00abIt changes nothing\u00bb, \u2014 the expert said.",
     [("Ivan Sokolov", None, D), ("Ivan Sokolov", None, D), ("Unnamed analysts", None, D)]),
    ("a-bodys-office-in-a-country", "The United Nations Population Fund (UNFPA) office in Peru "
     "said in a statement that it was ready to help.\n\nThe Lima Water Board office in Cusco "
     "said pipes had burst.", [("United Nations Population Fund", None, I),
                               ("Lima Water Board", None, I)]),
    ("a-body-boss-is-the-person-named-with-it", "The IEC Chairman, Ana Ruiz, spoke on Monday."
     "\n\n\"Any officer found wanting will be punished,\" the IEC boss warned.\n\nStellantis "
     "boss Carlos Tavares said the plant would close.",
     [("Ana Ruiz", None, D), ("Carlos Tavares", None, I)]),
    ("expressed-a-feeling-about-a-noun-reports-nothing", "Minister Tom Reed expressed deep "
     "concern over reports that the dam had leaked.\n\nThe ministry expressed its condolences "
     "to the families.\n\nReed expressed concern that the dam had leaked.\n\nReed expressed "
     "\"grave concern\" over the leak.",
     [("Tom Reed", None, I), ("Tom Reed", None, P)]),
    ("a-surname-that-is-also-a-title", "MMEA Sabah director First Admiral Rosli Awang Besar "
     "said two vessels were watching the ship \"round the clock\".\n\nSelangor Menteri Besar "
     "Amirudin Shari said the floods had receded.",
     [("Rosli Awang Besar", None, P), ("Amirudin Shari", None, I)]),
    ("a-source-in-a-body-named-with-its-acronym", "A source in the Federal Customs Service (FCS) "
     "told reporters that the checkpoint would open late.", [("Unnamed sources", None, I)]),
    ("a-body-with-a-number-in-its-name", "Four people were hurt, the local health authority Asl "
     "Salerno 3 Sud said.\n\nWard 14 Councillor Ana Ruiz said the road was closed.\n\n"
     "Deputy commissioner of police (Zone 2) Ravi Patil said a case had been registered.",
     [("Asl Salerno 3 Sud", None, I), ("Ana Ruiz", None, I), ("Ravi Patil", None, I)]),
    ("gen-after-a-title-is-a-given-name", "Former Defense Minister Gen Nakatani said Russia "
     "was \"testing Japan\".\n\n\u201cWe expect a pause,\u201d Ma. Cristina L. Reyes, an "
     "economist at Rizal Commercial Banking Corp. (RCBC), said.",
     [("Gen Nakatani", None, P), ("Ma. Cristina L. Reyes", None, D)]),
    ("a-listed-portfolio-with-an-acronym-before-the-title", "Department of Economy, Planning, "
     "and Development (DEPDev) Secretary Ana Ruiz said costs would fall.",
     [("Ana Ruiz", None, I)]),
    ("spoke-of-a-quotation", "Opposition leader Ana Ruiz spoke of \u201ea system of "
     "cronyism\u201c and demanded an inquiry.\n\nRuiz spoke of the plan on Monday.",
     [("Ana Ruiz", None, P)]),
    ("a-police-district-or-force", "Two people are missing, Vest police district says.\n\nThe "
     "Kent police force said the road was closed.", [("Police", None, I), ("Police", None, I)]),
    ("she-after-a-leader-named-in-the-sentence-before", "Lord Inverallan said the levy was "
     "lawful.\n\nCouncil leader Ana Ruiz welcomed the decision. She said: \"This is a good "
     "day.\"", [("Lord Inverallan", None, I), ("Ana Ruiz", None, D)]),
    ("says-x-to-the-paper", "\u201cThe premises are ours,\u201d says Foreign Minister Eva Lind "
     "(M) to DN.\n\n\u201cWe wait,\u201d said Tom Reed to reporters on Monday.",
     [("Eva Lind", None, D), ("Tom Reed", None, D)]),
    ("directives-to-bodies-and-ministries", "President Ana Ruiz ordered all relevant bodies to "
     "\"use all their capacities\" to help.\n\nRuiz instructed ministries to restore the "
     "roads.", [("Ana Ruiz", None, P), ("Ana Ruiz", None, I)]),
    ("for-a-named-person-then-quoted-words", "For Left Front legislator Ana Ruiz, the increase "
     "is \"a robbery against workers\".\n\nFor the president of the medical council, Tom Reed, "
     "the closures are \u00abthe result of years of neglect\u00bb.\n\nFor years, the plan was "
     "\"a dream\".\n\nFor the ministry, the plan was \"on track\".",
     [("Ana Ruiz", None, P), ("Tom Reed", None, P)]),
    ("a-party-in-brackets-with-lower-case-words", "Legislator Ana Ruiz (Unión por la Patria) "
     "stated that the fare \"rose tenfold\".", [("Ana Ruiz", None, P)]),
    ("a-report-by-a-described-firm", "According to a report by the consultancy Ecolatina, fares "
     "rose.", [("Ecolatina", None, I)]),
    ("a-body-described-in-lower-case-named-by-its-acronym", "Inflation was 2 percent, according "
     "to the City's statistics institute (IDECBA).", [("IDECBA", None, I)]),
    ("his-office-is-the-presidents", "South Korean President Lee Jae-myung convened a meeting. "
     "His office said the launch was \"a clear violation\".\n\nGovernor Ana Ruiz left early. "
     "Her office said she was ill.\n\nFrench Prime Minister Paul Dumas spoke. His office said "
     "talks would resume.", [("South Korean presidential office", None, P),
                              ("Ana Ruiz's office", None, I),
                              ("French prime minister's office", None, I)]),
    ("a-body-owned-by-a-named-body", "The quake struck at a depth of 10 km, Tehran University's "
     "Seismological Center reported.", [("Tehran University's Seismological Center", None, I)]),
    ("considered-assessed-agreed-that", "Researcher Ana Ruiz considered that the visit "
     "\"confirms a new order\".\n\nThe Party of Democrats assessed that the verdict was fair."
     "\n\nWitness Tom Reed agreed that he had not read the report.\n\nThe two leaders agreed "
     "to meet again.\n\nParliament considered the bill on Monday.",
     [("Ana Ruiz", None, P), ("Party of Democrats", None, I), ("Tom Reed", None, I)]),
    ("a-countrys-title-refers-back-to-that-countrys-official", "Cuban President Ana Ruiz met "
     "Chilean Foreign Minister Oleg Popov and Bolivian Foreign Minister Reza Karimi.\n\nThe Cuban "
     "President wrote that it had been \"a pleasure\".\n\n\"We will coordinate,\" the Chilean "
     "foreign minister said.", [("Ana Ruiz", None, P), ("Oleg Popov", None, D)]),
    ("conseiller-d-etat", "Conseiller d'Etat Ana Ruiz, who heads the health department, said "
     "the canton would focus on \u00abthe service\u00bb.", [("Ana Ruiz", None, P)]),
    ("the-ministry-after-a-capitals-ministry", "Moscow's Foreign Ministry published a video. "
     "In a note, the ministry said the sides would \"intensify coordination\".",
     [("Russian Foreign Ministry", None, P)]),
    ("amharic-honorifics", "A coffee farmer in Yirgacheffe, W/ro Almaz Bekele, told reporters "
     "over the phone that prices rose.\n\nAto Abdulkerim Ali, a trader, said exports fell.\n\n"
     "Ministry of Culture and Sport State Minister W/ro Hana Tesfaye said athletes should "
     "\"study too\".", [("Almaz Bekele", None, I), ("Abdulkerim Ali", None, I),
                         ("Hana Tesfaye", None, P)]),
    ("finnish-marks", "\u201dI just shot and closed my eyes\u201d, Virtanen, 22, said.",
     [("Virtanen", None, D)]),
    ("a-defendant-named-by-an-initial", "According to the charges filed by the Tax and Customs "
     "Fraud Office (StBA), Maria S. (NEOS), who ran the club until 2023, kept the fees.\n\n"
     "\u201eI kept nothing\u201c, she said.",
     [("Tax and Customs Fraud Office", None, I), ("Maria S.", None, D)]),
    ("a-name-with-its-party-in-apposition", "A former deputy mayor, Karl Gruber (Greens), "
     "testified that the board had never met.\n\nThe club's treasurer, Eva Lind (SPÖ), said "
     "that the books were in order.", [("Karl Gruber", None, I), ("Eva Lind", None, I)]),
    ("believes-a-view", "Political scientist Ana Ruiz believes that the vote will be close."
     "\n\nAnalysts interviewed by the paper believe the strike was a warning.\n\nMany analysts "
     "believe it was a test.\n\nRuiz believes in dialogue.\n\nTom Reed believes it.\n\nThe "
     "missile is believed to have fallen into the sea.",
     [("Ana Ruiz", None, I), ("Unnamed analysts", None, I)]),
    ("said-the-chairman-of-a-group-then-his-name", "\u201eWe will vote against\u201c, said the "
     "chairman of the Green group in the assembly, Petar Ivanov.\n\n\"It is late,\" said the "
     "leader of the Farmers Union, Ana Ruiz.", [("Petar Ivanov", None, D), ("Ana Ruiz", None, D)]),
    ("a-body-headed-by-inspectorate-or-directorate", "According to the Regional Inspectorate of "
     "Forests and Rivers (RIFR), the river rose.\n\nThe General Directorate of Roads and Bridges "
     "said the road was shut.", [("Regional Inspectorate of Forests and Rivers", None, I),
                                 ("General Directorate of Roads and Bridges", None, I)]),
    ("an-aside-in-brackets-after-a-name", "A nurse, Ana Ruiz, told reporters the boy was "
     "stable.\n\nMinister of Health Petr Novak (nominated by ANO) responded the same day. He "
     "said that the ward would reopen.", [("Ana Ruiz", None, I), ("Petr Novak", None, I)]),
    ("a-scientist-from-an-institute-of-an-academy", "\"Counts are guesses,\" biologist Ana Ruiz "
     "from the Institute of Botany of the Czech Academy of Sciences told reporters.\n\nThe State "
     "Forest Conservancy said the count was fair.",
     [("Ana Ruiz", None, D), ("State Forest Conservancy", None, I)]),
    ("a-body-for-one-thing-and-the-other", "The National Institute for Road Safety and the "
     "Climate (IRSC) says the risk is \u201cvery small\u201d.",
     [("National Institute for Road Safety and the Climate", None, P)]),
    ("the-premier-after-prime-minister", "Prime Minister Ana Ruiz (Labour) left early.\n\n"
     "\u201eIt is a private trip,\u201c the premier told journalists.",
     [("Ana Ruiz", None, D)]),
    ("portuguese-long-dash-dialogue", "Judge Ana Ruiz read the verdict.\n\n\u2014 The law was "
     "clear. Nobody is above it \u2014 said the judge after the session.\n\nThe defendant, Tom "
     "Reed, stood up.\n\n\u2014 I never did it \u2014 Reed said. \u2014 I am a worker.\n\n"
     "\u201cWe will appeal\u201d \u2014 said lawyer Paulo Lima.\n\n\u2014 Will you appeal?\n\n"
     "\u2014There is no proof \u2014 said prosecutor Juan P\u00e9rez.",
     [("Ana Ruiz", None, D), ("Tom Reed", None, D), ("Tom Reed", None, D),
      ("Paulo Lima", None, D), ("Juan P\u00e9rez", None, D)]),
    ("spoke-of-a-quotation-after-an-article", "The opposition's health spokesman Tom Reed "
     "spoke of a \u201efailure of the system\u201c on Monday.\n\nReed spoke of a plan.",
     [("Tom Reed", None, P)]),
    ("an-unnamed-spokesperson-of-a-named-body-is-the-body", "A State Department spokesperson "
     "said the commitment remained \"ironclad\".\n\nA Samsung Electronics spokeswoman told "
     "reporters the plant was safe. She said output was \"unaffected\".\n\nA spokesman for "
     "Rio Tinto confirmed the mine had shut. He said it was \"too early\" to say more.\n\n"
     "A Chinese spokesman said it was \"regrettable\".",
     [("US State Department", None, P), ("Samsung Electronics", None, I),
      ("Samsung Electronics", None, P), ("Rio Tinto", None, I), ("Rio Tinto", None, P),
      ("Unnamed officials", None, P)]),
]


def rows_of(table: pd.DataFrame) -> list[tuple]:
    return [(s if isinstance(s, str) and s else None, v if isinstance(v, str) and v else None, k)
            for s, v, k in table[["speaker", "via", "kind"]].itertuples(index=False)]


@pytest.mark.parametrize("passage, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_attribution_table(passage, expected):
    table = quotes_in_text(passage)
    assert rows_of(table) == expected


def test_a_title_with_its_acronym_keeps_the_chain_and_the_words():
    table = quotes_in_text("The Member of Parliament (MP) for Tamale Central, Mr Inusah "
                           "Fuseini, called on the ministry to send more doctors.")
    assert rows_of(table) == [("Inusah Fuseini", None, I)]
    assert table.text.iloc[0].endswith("the ministry to send more doctors")


def test_a_statement_read_to_the_court_is_how_the_words_came_not_the_words():
    table = quotes_in_text("One of the passengers, a retired teacher, said in a statement read "
                           "to the inquiry by counsel that she had feared for her life.\n\n"
                           "Tomas Ruiz said in a statement sent to reporters on Monday that he "
                           "was hopeful.")
    assert rows_of(table) == [("Unnamed sources", None, I), ("Tomas Ruiz", None, I)]
    assert table.text.tolist() == ["she had feared for her life", "he was hopeful"]


def test_however_he_said_reports_what_follows():
    table = quotes_in_text("However, he said, the sanctions would only deepen the suffering.")
    assert table.text.tolist() == ["the sanctions would only deepen the suffering"]


def test_said_in_its_report_then_the_words():
    table = quotes_in_text("The Monitoring Team said in its third report, released on Friday, "
                           "that the tankers had sailed at night.")
    assert table.text.tolist() == ["the tankers had sailed at night"]


def test_according_to_a_described_source_the_words_start_after_the_comma():
    table = quotes_in_text("According to diplomats familiar with the talks, the envoy left "
                           "early.\n\nAccording to two councillors who asked not to be named, "
                           "the vote failed.\n\nAccording to Ana Ruiz at the Lima Institute "
                           "for Water, the dam leaked.\n\nAccording to the Defence Ministry "
                           "in Lima, the drill ended.")
    assert table.text.tolist() == ["the envoy left early", "the vote failed", "the dam leaked",
                                   "the drill ended"]
    assert table.speaker.tolist()[:3] == ["Unnamed officials", "Unnamed officials", "Ana Ruiz"]


def test_lawmakers_and_councillors_speak_as_unnamed_officials():
    table = quotes_in_text("Opposition lawmakers said the budget was rushed.\n\nTwo "
                           "councillors told reporters the mayor had lost his majority.")
    assert rows_of(table) == [("Unnamed officials", None, I), ("Unnamed officials", None, I)]


def test_own_paper_named_without_its_article_is_no_channel():
    table = quotes_in_text("\u201eWe will appeal\u201c, Anna Berger told the \u201ePresse\u201c.",
                           outlet="Die Presse")
    assert rows_of(table) == [("Anna Berger", None, D)]


def test_expressed_the_hope_that_reports_the_clause():
    table = quotes_in_text("Choe expressed the hope that the two countries would deepen "
                           "exchanges.\n\nReed expressed his strong belief that talks would "
                           "resume.")
    assert table.text.tolist() == ["the two countries would deepen exchanges",
                                   "talks would resume"]


def test_speech_dashes_open_quotations():
    # Swedish, Danish and Norwegian papers open speech with a dash and no quotation marks
    table = quotes_in_text(
        "Foreign Minister Eva Lind confirmed the talks.\n\n\u2013 Sweden has provided the "
        "premises. The rest is for them, says Foreign Minister Eva Lind (M) to DN.\n\n\u2013 We "
        "have had an embassy there since 1975.\n\nAnalyst Karin Berg was cautious.\n\n\u2013 "
        "The question is whether they are ready, says Berg. If they are, this could go further."
        "\n\n\u2013 Prices rose, she said.\n\n\u2013 Is this a threat to Sweden?")
    assert rows_of(table) == [("Eva Lind", None, D)] * 2 + [("Karin Berg", None, D)] * 3
    assert table.text.tolist() == [
        "Sweden has provided the premises. The rest is for them",
        "We have had an embassy there since 1975", "The question is whether they are ready",
        "If they are, this could go further", "Prices rose"]


def test_afterwards_after_the_attribution_is_no_part_of_the_words():
    table = quotes_in_text("Ana Ruiz spoke.\n\nPrices had not changed, she told journalists "
                           "afterwards.\n\nWages had not changed, Ruiz said afterwards.")
    assert table.text.tolist() == ["Prices had not changed", "Wages had not changed"]


def test_table_is_large_and_has_negatives():
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c[2]) >= 12


@pytest.mark.parametrize("passage", [c[1] for c in CASES if c[2]][:40])
def test_quoted_rows_are_the_inner_span_of_find_quotations(passage):
    table = quotes_in_text(passage)
    spans = {(q.start, q.end) for q in find_quotations(passage)}
    for row in table[table.kind != "indirect"].itertuples():
        assert (row.start, row.end) in spans
        assert row.text == passage[row.start:row.end]


@pytest.mark.parametrize("passage, speaker, source_type, country", [
    ('"It is grave," said Cheong Seong-chang, a researcher at the Sejong Institute in Seoul.',
     "Cheong Seong-chang", "expert", "KR"),
    ('Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow "rejects" it.',
     "Maria Zakharova", "government-official", "RU"),
    ('"We will respond," a senior U.S. official said.', "Unnamed officials", "anonymous", "US"),
    ("Chinese experts said the drills were a provocation.", "Unnamed analysts", "expert", "CN"),
    ("The exports grew, according to the Observatory of Economic Complexity, a trade data "
     "project.", "Observatory of Economic Complexity", "expert", None),
    ("North Korean state media said the talks went well.", "North Korean state media",
     "state-media", "KP"),
    ("Beijing said it opposes the sanctions.", "Chinese government", "government", "CN"),
    ("The Korea Institute for National Unification said the economy shrank.",
     "Korea Institute for National Unification", "expert", None),
    ("In mitigation, defence counsel Moses Lam said his client was sorry.", "Moses Lam",
     "other", None),
    ("His attorney, Dana Whitby, told the Daily Gleaner that the team would appeal.",
     "Dana Whitby", "other", None),
    ("District Attorney Ray Kowalski said the case was strong.", "Ray Kowalski",
     "government-official", None),
    ("National Registrar Paula Rincon said the count was over.", "Paula Rincon",
     "government-official", None),
    ("Floods cut the road to Palu, the Antara news agency reported.", "ANTARA", "state-media",
     "ID"),
    ("The strike will go ahead, Press Trust of India reported.", "Press Trust of India",
     "news-media", "IN"),
])
def test_source_types_and_countries(passage, speaker, source_type, country):
    row = quotes_in_text(passage).iloc[0]
    assert (row.speaker, row.source_type) == (speaker, source_type)
    assert (row.source_country if isinstance(row.source_country, str) else None) == country


def test_one_person_has_one_source_type_and_country_in_an_article():
    # the later rows name her by surname alone, with no title in view
    text = ("The Kenyan Cabinet Secretary for Health, Mary Wanjiru Kamau, said the clinics "
            "would open. \u201cNo one will be turned away,\u201d Kamau said.\n\n"
            "Kamau added that nurses had been hired.")
    table = quotes_in_text(text)
    assert set(table.speaker) == {"Mary Wanjiru Kamau"} and len(table) == 3
    assert set(table.source_type) == {"government-official"}
    assert set(table.source_country) == {"KE"}
    # the only row names her by surname: the titles before her full name still count
    text = ("The Kenyan Cabinet Secretary for Health, Mary Wanjiru Kamau, opened the clinic on "
            "Monday.\n\n\u201cNo one will be turned away,\u201d Kamau said.")
    row = quotes_in_text(text).iloc[0]
    assert (row.speaker, row.source_type, row.source_country) == (
        "Mary Wanjiru Kamau", "government-official", "KE")
    # a capitalised title after the name is no apposition for the later surname, but the
    # person is still the same
    text = ("Jane Okafor, Director-General of the Lagos Water Authority, said the pipes would "
            "be replaced. \u201cWe have started,\u201d Okafor said at the plant.")
    assert list(quotes_in_text(text).source_type) == ["government-official"] * 2


def test_title_with_a_lower_case_complement_ends_the_lead_clause():
    # the title before the name is not part of the reported words, and "told a media
    # briefing" is no apposition that would make her a journalist
    text = ("The tariff will rise, the city's strategic executive for water, Ann Moyo, told a "
            "media briefing on Monday.\n\n\u201cWe must,\u201d Moyo said.")
    table = quotes_in_text(text)
    assert list(table.text) == ["The tariff will rise", "We must,"]
    assert list(table.speaker) == ["Ann Moyo"] * 2
    assert "news-media" not in set(table.source_type)


def test_addressed_words_start_at_their_determiner():
    for passage, words in [("Ana Ruiz told the BBC the strike was illegal.", "the strike was illegal"),
                           ("Ana Ruiz told parliament on Friday the budget was late.",
                            "the budget was late"),
                           ("Ana Ruiz told reporters a deal was near.", "a deal was near")]:
        assert list(quotes_in_text(passage).text) == [words], passage


def test_pronouns_resolve_to_the_latest_compatible_speaker():
    text = ('Zhao met Choe on Thursday, KCNA said. "The talks were deep," it added. Choe said '
            'ties were strong. "We will defend them," he said.')
    table = quotes_in_text(text)
    assert rows_of(table) == [("KCNA", None, I), ("KCNA", None, D), ("Choe Ryong Hae", None, I),
                              ("Choe Ryong Hae", None, D)]
    assert table.speaker_text.tolist()[-1] == "he"


def test_surname_follows_the_article_before_the_registry():
    text = ("Chinese Foreign Ministry spokesperson Wang Wenbin met reporters. Wang said China "
            "was ready. Later, Foreign Minister Wang Yi arrived. Wang said ties were strong.")
    assert quotes_in_text(text).speaker.tolist() == ["Wang Wenbin", "Wang Yi"]


def test_outlet_in_dateline_and_own_outlet_addressee_are_not_sources():
    text = ('"It is grave," a senior official told NK News on condition of anonymity.')
    table = quotes_in_text(text, outlet="NK News")
    assert rows_of(table) == [("Unnamed officials", None, D)]
    table = quotes_in_text(text, outlet="Reuters")
    assert rows_of(table) == [("Unnamed officials", "NK News", D)]


def test_the_government_is_the_outlets_when_no_other_was_named():
    text = "The government said it would protest the launch."
    assert quotes_in_text(text, outlet="Kyodo").speaker.tolist() == ["Japanese government"]
    assert quotes_in_text(text).empty  # no outlet, no country: nobody to name
    text = "Two missiles were fired on Sunday, the military said."
    assert quotes_in_text(text, outlet="Yonhap").speaker.tolist() == [
        "South Korean Joint Chiefs of Staff"]


def test_the_government_of_a_british_outlet():
    text = 'The government said it was "spending more than ever" on roads.'
    assert quotes_in_text(text, outlet="The Guardian").speaker.tolist() == ["British government"]


def test_a_body_named_with_a_list_and_its_acronym_is_one_body():
    text = ("According to the Ministry of Water, Land and Rural Affairs (MWLR), rivers rose.\n\n"
            "Crop losses doubled, according to the annual report of the Institute of Soils, "
            "Forests and Climate Studies (Isofoc).\n\nAccording to a survey by the Office of "
            "Science, Technology and Innovation (OSTI) in May, most firms lack staff.\n\n"
            "According to the Ministry of Defence, Russia and Ukraine exchanged fire.")
    table = quotes_in_text(text)
    assert list(zip(table.speaker, table.text)) == [
        ("Ministry of Water, Land and Rural Affairs", "rivers rose"),
        ("Institute of Soils, Forests and Climate Studies", "Crop losses doubled"),
        ("Office of Science, Technology and Innovation", "most firms lack staff"),
        ("Ministry of Defence", "Russia and Ukraine exchanged fire")]


def test_a_body_of_a_place_named_in_lower_case_speaks_later():
    text = ("The regional court of Linz on Monday struck down the quarry permit.\n\n"
            "In its ruling, the court considers that the noise study is \u00ab incomplete \u00bb.\n\n"
            "The prefecture of Normandy \u00ab regrets \u00bb the ruling, it said in a statement. "
            "It recalls that 12 million euros were spent on the site.\n\n"
            "The Hikers Union, for its part, considers that the ruling is \u00ab a victory \u00bb.")
    table = quotes_in_text(text)
    assert list(zip(table.speaker, table.text)) == [
        ("Regional Court of Linz", "incomplete"), ("Prefecture of Normandy", "regrets"),
        ("Prefecture of Normandy", "12 million euros were spent on the site"),
        ("Hikers Union", "a victory")]


def test_a_view_for_a_described_person_is_hers_and_so_is_her_next_quotation():
    text = ("\u00ab We are tired \u00bb, says the mayor, Ana Costa.\n\n"
            "For the agronomist Marta Ferreira, of the Institut Agro Lyon, the quarry \u00ab should "
            "never have opened \u00bb. \u00ab The rock there is unstable.\n\n"
            "\u00ab Nobody listened to us \u00bb, she says.")
    table = quotes_in_text(text)
    assert rows_of(table) == [("Ana Costa", None, D), ("Marta Ferreira", None, P),
                              ("Marta Ferreira", None, D)]
    assert table.text.iloc[2].startswith("The rock there")
    one = quotes_in_text("For the agronomist Marta Ferreira, the judgment \u00ab comes late \u00bb.")
    assert rows_of(one) == [("Marta Ferreira", None, P)]


def test_an_unnamed_leader_from_a_place_and_a_named_person_in_a_place():
    text = ("A peasant leader from El Retorno, who asked not to be named, told Semana that the "
            "logging \u00ab goes on at night \u00bb. \u00ab Nobody stops the trucks \u00bb, he said.\n\n"
            "A community leader told Reuters that the rains were late.\n\n"
            "A coffee farmer in Sidama, Tigist Alemu, told the paper that prices rose.\n\n"
            "A village elder said the well was \"poisoned\".")
    table = quotes_in_text(text)
    assert rows_of(table) == [("Unnamed sources", None, P), ("Unnamed sources", None, D),
                              ("Unnamed sources", "Reuters", I), ("Tigist Alemu", None, I),
                              ("Unnamed sources", None, P)]


def test_a_spokesperson_for_a_body_named_before_and_insisting_on_a_topic():
    text = ("The Chinese mission to the EU said talks were \"useful\". \u00ab Japan should "
            "reflect on its history \u00bb, added a spokesperson for the mission.\n\n"
            "Ana Ruiz insisted on economic security.\n\n"
            "Ana Ruiz insisted on Monday that the plan was sound.")
    table = quotes_in_text(text)
    assert list(zip(table.speaker, table.kind, table.text)) == [
        ("Chinese mission to the EU", P, "useful"),
        ("Chinese mission to the EU", D, "Japan should reflect on its history"),
        ("Ana Ruiz", I, "the plan was sound")]


def test_titles_before_names_and_bodies_at_the_head_of_their_sentence():
    text = ("\u201eThe road is gone\u201c, said district fire brigade commander Ing. Josef Lindner. "
            "Mag. Eva Berger said it was \u201ea disaster\u201c.\n\n"
            "Ruler Kim Jong Un received his guest at the airport. He called the visit "
            "\u201ehistoric\u201c.\n\n"
            "For its part, the Russian Embassy in Lima published a message on its account in "
            "which it recalled that trade had doubled since 2020.\n\n"
            "The Chinese Embassy in Peru said investment between the countries rose sharply "
            "last year, and it added that ties were strong.")
    table = quotes_in_text(text)
    assert list(zip(table.speaker, table.via, table.kind)) == [
        ("Josef Lindner", None, D), ("Eva Berger", None, P), ("Kim Jong Un", None, P),
        ("Russian Embassy in Lima", None, I), ("Chinese Embassy in Peru", None, I),
        ("Chinese Embassy in Peru", None, I)]


def test_an_ombudsman_named_with_and_and_a_body_of_mexico_city():
    text = ('The Small and Medium-Sized Enterprises Ombudsman said the deadline should move '
            '"at least until the end of the year".\n\n'
            "The Mexico City International Airport (AICM) reported that it suspended operations "
            "for seven hours.\n\n"
            'The Water System of Mexico City (Sacmex) said supply was "normal".')
    assert quotes_in_text(text).speaker.tolist() == [
        "Small and Medium-Sized Enterprises Ombudsman", "Mexico City International Airport",
        "Water System of Mexico City"]


def test_roles_and_bodies_described_before_their_names():
    text = ('President Ana Ruiz visited the flooded towns. "We are in contact with the '
            'governors", said the head of state.\n\n'
            '"Our crews work in three shifts", said the general director of Aquanet, Tomasz '
            "Wrona.\n\nA spokeswoman for the Graz public prosecutor's office told the APA that "
            "the office would examine the verdict within three days.\n\n"
            "The party newspaper Minju Choson devoted its front page to the visit. In an "
            'editorial, it wrote that the two countries were "as close as lips and teeth".')
    assert quotes_in_text(text).speaker.tolist() == [
        "Ana Ruiz", "Tomasz Wrona", "Graz public prosecutor's office", "Minju Choson"]


def test_a_person_named_in_the_paragraph_then_called_by_what_she_is():
    text = ('In Podgora, our reporter found Ivana Perić (74) in front of her house. "I was born '
            'in this house," the grandmother said through tears.\n\n'
            'Among the evacuees is Theresia Huber (78). "I have never seen this," says the '
            "pensioner.\n\n"
            "A source familiar with the talks named Ana Ruiz as the buyer. The price was "
            '"above one billion euros", the source said.')
    assert quotes_in_text(text).speaker.tolist() == [
        "Ivana Perić", "Theresia Huber", "Unnamed sources"]
    text = ("For Paula Ledesma, a researcher at the Institute of Engineering, the cut is "
            '"inevitable". In an interview with Canal Once, the specialist explained that the '
            'system "was designed for the city of 1970".')
    assert quotes_in_text(text).speaker.tolist() == ["Paula Ledesma", "Paula Ledesma"]


def test_he_after_a_paragraph_that_ends_with_a_platform_named_by_a_letter():
    text = ("In the council, member Noor Haddad backed the plan. \u2018Finally\u2019, Haddad wrote on X."
            "\n\nBike dealer Sam de Wit, who has a shop on the Overtoom, fears for his turnover. "
            "\u2018Half of my customers are fourteen\u2019, he says.")
    assert quotes_in_text(text).speaker.tolist() == ["Noor Haddad", "Sam de Wit"]


def test_a_role_and_what_it_is_of_then_the_name_with_no_comma():
    text = ('"We will clean the streets in ten days," said the mayor of Plovdiv Kostadin '
            'Dimitrov. Dimitrov said new trucks were "on the way".\n\n'
            "\u201eThe evidence forms a closed chain,\u201c the chairman of the senate Peter "
            "Hud\u00e1k said when delivering the verdict.\n\n"
            'The president of the Czech Republic Petr Pavel said the talks were "useful". Pavel '
            "said he would return in May.\n\n"
            'The mayor of New York City said the plan was "fine".')
    speakers = quotes_in_text(text).speaker.tolist()
    assert speakers[:5] == [
        "Kostadin Dimitrov", "Kostadin Dimitrov", "Peter Hud\u00e1k", "Petr Pavel", "Petr Pavel"]
    assert "York City" not in speakers  # (a city's name is no person's)


def test_an_aside_between_dashes_before_the_verb():
    text = ("The Cerro Alto Observatory announced the find. In a statement, the observatory "
            "\u2014operated jointly by two universities\u2014 said that the object was first "
            "detected on January 11.\n\n"
            'Ana Ruiz \u2013 a nurse at the clinic \u2013 said the wait was "endless".\n\n'
            "\u2014 We will appeal \u2014 said lawyer Paulo Lima.")
    assert rows_of(quotes_in_text(text)) == [
        ("Cerro Alto Observatory", None, I), ("Ana Ruiz", None, P), ("Paulo Lima", None, D)]


def test_reports_told_by_others_inverted_after_a_day_and_views_of_described_experts():
    text = ("Two Western diplomats in Seoul, who asked not to be named, told ZDF that Xi had "
            "also urged Kim to refrain from a seventh nuclear test.\n\n"
            "The volcano registered 14 explosions in the last 24 hours, reported this Tuesday "
            "the National Seismology Service (Senasis).\n\n"
            "The Civil Defence Agency recommended that residents keep their windows closed. "
            "The board recommended a film.\n\n"
            'The Federal Foreign Office in Berlin said it was following the talks "with '
            'concern". A spokeswoman said that Germany expected China to use its "special '
            'relationship" with Pyongyang.\n\n'
            "For Katharina Wolff, a Korea expert at the Institute for Asian Studies in Hamburg, "
            "the visit is above all a message to Moscow.\n\n"
            "For Tom Baker, who runs 600 head of cattle near Kersey, the news came as a relief. "
            "For Kim, the visit is a chance to show strength.")
    table = quotes_in_text(text)
    assert list(zip(table.speaker, table.kind)) == [
        ("Unnamed officials", I), ("National Seismology Service", I), ("Civil Defence Agency", I),
        ("Federal Foreign Office", P), ("Federal Foreign Office", P), ("Katharina Wolff", I)]
    assert table.text.iloc[0].startswith("Xi had also urged Kim")


def test_a_name_joined_by_e_or_y_in_apposition():
    text = ('Its president, Marta Bordalo e Sousa, said doctors were "tired".\n\n'
            'The dean, Luis Ortega y Gasset, said the faculty was "ready".')
    assert quotes_in_text(text).speaker.tolist() == ["Marta Bordalo e Sousa", "Luis Ortega y Gasset"]


def test_an_embassy_in_lower_case_and_people_of_described_firms():
    text = ("Contacted by AFP, the Chinese embassy in Lima said the measure was \u00ab not "
            "directed at the Peruvian people \u00bb.\n\n"
            "Two executives of Italian carmakers, who requested anonymity, told the paper that "
            "their groups had built up stocks for about six months.")
    assert quotes_in_text(text).speaker.tolist() == ["Chinese embassy in Lima", "Unnamed sources"]


def test_sources_at_a_body_are_unnamed_sources():
    text = ("Sources at the Ministry of Defence in Madrid said the ships were not shadowed.\n\n"
            "Sources from the Palacio de Hacienda told the paper that the scheme would not "
            "change.\n\n"
            'Scientists at the Bermuda Institute of Ocean Sciences said the reef was "dying".')
    assert quotes_in_text(text).speaker.tolist() == [
        "Unnamed sources", "Unnamed sources", "Bermuda Institute of Ocean Sciences"]


def test_a_spokesman_for_a_body_named_with_and():
    text = ("A spokesman for the Ministry of Roads and Bridges (MOPV) said that the highway "
            "remains passable, but \u201cwith extreme caution\u201d.\n\n"
            'A spokesman for Japan and South Korea said the talks were "fine".')
    assert quotes_in_text(text).speaker.tolist() == [
        "Ministry of Roads and Bridges", "Japanese government", "South Korean government"]


def test_it_after_a_body_that_follows_a_place_adjunct():
    text = ("In Taipei, the Ministry of Foreign Affairs said it \u00abrespects\u00bb the choice. "
            "It added that it hoped the Vatican would not \u00absacrifice\u00bb its ties.")
    assert quotes_in_text(text).speaker.tolist() == [
        "Ministry of Foreign Affairs", "Ministry of Foreign Affairs"]


def test_the_government_is_no_agency_that_spoke_before_it():
    text = ('The Environment Agency said the barriers had "performed as designed".\n\n'
            'The government said it was "investing record amounts" in defences.')
    assert quotes_in_text(text, outlet="The Guardian").speaker.tolist() == [
        "Environment Agency", "British government"]
    text = ("Japan's Fisheries Agency said catches fell.\n\n"
            'The government said it would "respond firmly".')
    assert quotes_in_text(text).speaker.tolist() == [
        "Japanese Fisheries Agency", "Japanese government"]


def test_never_raises_on_broken_marks():
    text = '"' * 50 + ' said Kim. "' + "word " * 30 + '" , "," he said. \u201c\u201d'
    quotes_in_text(text)  # must return, not raise


# ---------------------------------------------------------------------------- seeds


SEED_AFP = "zhao-pyongyang-2024-04/afp-2024-04-12"
SEED_AP = "zhao-pyongyang-2024-04/ap-rewrite-2024-04-14"
SEED_YONHAP = "li-pyongyang-2025-10/yonhap-2025-10-10"


@pytest.fixture(scope="module")
def seed_quotes(corpus):
    return extract_quotes(corpus, registry=corpus.registry)


def test_columns_follow_the_spec(seed_quotes):
    assert list(seed_quotes.columns[:len(QUOTE_COLUMNS)]) == QUOTE_COLUMNS
    assert set(seed_quotes.kind) == {"direct", "partial", "indirect"}
    assert seed_quotes.registry.str.startswith("framing-sources@").all()


def test_offsets_point_at_the_words(seed_quotes, corpus):
    for row in seed_quotes.itertuples():
        body = corpus[row.article_id].body
        assert body[row.start:row.end] == row.text
        assert corpus[row.article_id].sentence_at(row.start) == row.sentence
        if row.kind != "indirect":
            assert body[row.start - 1] in "\"\u201c\u201d" and body[row.end] in "\"\u201c\u201d"


def test_seed_examples_from_the_issue(seed_quotes):
    afp = seed_quotes[seed_quotes.article_id == SEED_AFP].set_index("text")
    assert afp.loc["situation on the Korean peninsula,", "speaker"] == "Xinhua"
    assert afp.loc["intensify legislative exchanges and cooperation", "speaker"] == "Zhao Leji"
    expert = afp[afp.cue == "according to"].iloc[0]
    assert (expert.speaker, expert.source_type) == ("Observatory of Economic Complexity", "expert")
    ap = seed_quotes[seed_quotes.article_id == SEED_AP]
    quoted = ap[ap.cue_text == "quoted"].iloc[0]
    assert (quoted.speaker, quoted.via, quoted.kind) == ("Zhao Leji", "Xinhua", "indirect")
    yonhap = seed_quotes[seed_quotes.article_id == SEED_YONHAP]
    quoting = yonhap[yonhap.cue_text == "quoting"].iloc[0]
    assert (quoting.speaker, quoting.via) == ("Li Qiang", "KCNA")
    assert not (yonhap.text == "China-DPRK Friendship Year").any()


def test_scare_quotes_and_names_are_left_to_the_stance_markers(seed_quotes, corpus):
    xinhua = corpus["zhao-pyongyang-2024-04/xinhua-2024-04-12"]
    names = [q for q in find_quotations(xinhua.body)]
    rows = seed_quotes[seed_quotes.article_id == xinhua.id]
    quoted = set(zip(rows.start, rows.end))
    assert names and not any((q.start, q.end) in quoted for q in names)


def test_highlights(seed_quotes, corpus):
    article = corpus[SEED_AFP]
    marks = quote_highlights(article, seed_quotes)
    assert len(marks) == (seed_quotes.article_id == SEED_AFP).sum()
    assert {m.layer for m in marks} == {"quote"}
    assert any(m.label == "Zhao Leji via Xinhua" for m in marks)


# ---------------------------------------------------------------------------- profile


def test_source_profile_shares(seed_quotes, corpus):
    profile = source_profile(seed_quotes, corpus, by="outlet")
    assert set(profile.dimension) == {"source_type", "source_country"}
    sums = profile.groupby(["outlet", "dimension"]).share_attributions.sum()
    assert (sums.round(9) == 1).all()
    assert "AP" not in set(profile.outlet)  # a copy: counted once
    xinhua = profile[(profile.outlet == "Xinhua") & (profile.dimension == "source_type")]
    assert xinhua.set_index("value").share_attributions["government-official"] == 1.0


def test_source_reliance(seed_quotes, corpus):
    reliance = source_reliance(seed_quotes, corpus, by="outlet").set_index("outlet")
    assert reliance.loc["AFP", "n_other_side_media"] > 0
    assert "KCNA" in reliance.loc["AFP", "other_side_media"]
    assert "Xinhua" in reliance.loc["The Independent", "other_side_media"]
    assert reliance.loc["Xinhua", "n_other_side_media"] == 0
    assert not reliance.loc["Xinhua", "own_officials_only"]  # quotes Choe (KP) as well as Zhao
    with_copies = source_reliance(seed_quotes, corpus, include_copies=True)
    assert "AP" in set(with_copies.outlet)


def test_own_officials_only(tmp_path):
    root = write_corpus(tmp_path / "c", {
        "a.txt": "---\noutlet: KCNA\n---\nKim Jong Un said the Workers' Party would lead the "
                 "people to victory. Choe Son Hui said the talks went well.\n",
        "b.txt": "---\noutlet: Yonhap\n---\nThe unification ministry said it was closely "
                 "watching the border. North Korean leader Kim Jong Un vowed to bolster the country's "
                 "defences, KCNA reported.\n"})
    corpus = framing.load_corpus(root)
    reliance = source_reliance(extract_quotes(corpus), corpus).set_index("outlet")
    assert reliance.loc["KCNA", "own_officials_only"]
    assert not reliance.loc["Yonhap", "own_officials_only"]
    assert reliance.loc["Yonhap", "other_side_media"] == "KCNA"


# ---------------------------------------------------------------------------- evaluation


def test_eval_script_reports_precision_and_recall():
    result = subprocess.run([sys.executable, str(REPO / "benchmarks/eval_quotes.py")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    import json

    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(figures) == {"seeds", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                            "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
                            "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                            "heldout16", "heldout17", "heldout18", "heldout19", "heldout20",
                            "heldout21", "heldout22", "heldout23", "heldout24", "heldout25",
                            "heldout26", "heldout27", "heldout28", "heldout29", "heldout30",
                            "heldout31", "heldout32", "heldout33",
                            "heldout34", "heldout35", "heldout36", "heldout37",
                            "heldout38", "heldout39", "heldout40", "heldout41",
                            "heldout42", "heldout43", "heldout44", "heldout45",
                            "heldout46", "heldout47", "heldout48", "heldout49",
                            "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55",
                            "heldout56", "heldout57", "heldout58", "heldout59", "heldout60",
                            "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
                            "heldout66", "heldout67", "heldout68", "heldout69", "heldout70",
                            "heldout71", "heldout72", "heldout73", "heldout74",
                            "heldout75", "heldout76", "heldout77", "heldout78", "heldout79",
                            "heldout80", "heldout81", "heldout82", "heldout83", "heldout84",
                            "heldout85", "heldout86", "heldout87", "heldout88",
                            "heldout89", "heldout90"}
    for name in figures:
        for key in ("quote_p", "quote_r", "quote_f1", "sources_p", "sources_r", "sources_f1"):
            assert 0 <= figures[name][key] <= 1
    assert figures["seeds"]["quote_f1"] >= 0.9 and figures["seeds"]["sources_f1"] >= 0.9


def test_eval_compares_speakers_as_sources():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import eval_quotes
    finally:
        sys.path.pop(0)
    registry = framing.load_registry()
    names = eval_quotes.Names(registry)
    assert names.same("Chinese Commerce Ministry", ["China's Ministry of Commerce"])
    assert names.same("Chinese Commerce Ministry", ["Chinese Ministry of Commerce"])
    assert names.same("South Korean Trade Ministry", ["South Korean trade ministry"])
    assert names.same("Korean Central News Agency", ["KCNA"])
    assert names.same("Ukrainian Defence Intelligence", ["Ukraine's Defence Intelligence"])
    assert not names.same("Chinese Commerce Ministry", ["Japanese Commerce Ministry"])
    assert not names.same("Park Jin", ["Park Jin-young"])
    assert not names.same("", [""])
    assert names.same("La'auli Leuatea Schmidt", ["La’auli Leuatea Schmidt"])
    assert not names.same("Lauli Leuatea Schmidt", ["La’auli Leuatea Schmidt"])
    assert names.same("Gilberto C. Teodoro Jr.", ["Gilberto C. Teodoro, Jr."])
    body = "Seoul 'hopes Beijing will help'\n\nSeoul hoped Beijing would \"help\" and « help »."

    class Article:
        id, norm = "a", body

    assert eval_quotes.locate(Article, "help", quoted=True) == (body.index('"help') + 1,
                                                                 body.index('"help') + 5)
    assert eval_quotes.locate(Article, "help")[0] == body.index("help")
    assert not names.same("Gilberto C. Teodoro", ["Gilberto C. Teodoro, Jr."])
    strict = eval_quotes.Names(registry, strict=True)
    assert not strict.same("Chinese Commerce Ministry", ["Chinese Ministry of Commerce"])
    assert strict.same("Park Jin", ["Park Jin"])


# ---------------------------------------------------------------------------- robustness

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["said", "told", "according to", "quoting", "was quoted as saying by", "he", "it",
           "Kim", "Zhao Leji", "the KCNA", "officials", "that", ",", ".", ":", '"', "\u201c",
           "\u201d", "(", ")", "\n\n", "-", "and", "Xinhua", "the", "talks", "were", "deep"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_text_gives_valid_rows(pieces):
    text = " ".join(pieces)
    table = quotes_in_text(text)
    for row in table.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert row.text == text[row.start:row.end]
        assert row.kind in ("direct", "partial", "indirect")


@pytest.mark.parametrize("passage, words", [
    ("Officials said on Thursday the swimmer had failed a test.", "the swimmer had failed a test"),
    ("Officials said in 2020 they would act.", "they would act"),
    ("Officials said 40 people died.", "40 people died"),
    ("Mayor Ito said as he toured the site that the river had risen.", "the river had risen"),
    ("According to Gaza's Health Ministry, at least 500 people have been killed since October 7, "
     "2023.", "at least 500 people have been killed since October 7, 2023"),
    ("ERBIL, Kurdistan Region - The regional government has yet to receive the funds, Minister "
     "Ana Ruiz said on Tuesday.", "The regional government has yet to receive the funds"),
    ("Sen. Ramon Tudela told Variety the Senate would hold hearings.",
     "the Senate would hold hearings"),
    ("Ana Ruiz told Radio Tamazuj the agency had prepositioned food.",
     "the agency had prepositioned food"),
    ("Ana Ruiz was quoted by the Daily Post last month as saying her firm had paid in full.",
     "her firm had paid in full"),
    ("Justice Ana Ruiz directed the city council to clear the drains within a week.",
     "the city council to clear the drains within a week"),
])
def test_reported_words_leave_out_time_and_place(passage, words):
    assert quotes_in_text(passage).text.tolist() == [words]



def test_an_attribution_between_subject_and_predicate_reports_the_whole_sentence():
    text = ("Maria Lopez runs a farm near Tarragona.\n\nThe new law, she said, would be \"a "
            "disaster for farmers\".\n\nThe deal, Tom Reed added, was dead on arrival. The "
            "region, according to Ana Ruiz, had lost half its harvest. The talks were over, Reed "
            "said.")
    assert quotes_in_text(text)[["speaker", "kind", "text"]].values.tolist() == [
        ["Maria Lopez", P, "a disaster for farmers"],
        ["Tom Reed", I, "The deal, Tom Reed added, was dead on arrival"],
        ["Ana Ruiz", I, "The region, according to Ana Ruiz, had lost half its harvest"],
        ["Tom Reed", I, "The talks were over"]]


def test_a_study_named_again_in_other_words_is_its_authors():
    text = ("Glaciers in the Andes lost a fifth of their ice, according to a study by researchers "
            "at the University of Chile.\n\nThe research, published in Science under the title "
            "\u201cAndean ice loss accelerates in a warming world\u201d, found that melt had doubled."
            "\n\nThe paper found that dust played a part.")
    assert quotes_in_text(text)[["speaker", "kind", "text"]].values.tolist() == [
        ["University of Chile", I, "Glaciers in the Andes lost a fifth of their ice"],
        ["University of Chile", I, "melt had doubled"],
        ["University of Chile", I, "dust played a part"]]


def test_authorities_with_two_nouns_before_them_are_one_speaker():
    text = "More than 90 homes were flooded, civil defence authorities said this morning."
    row = quotes_in_text(text).iloc[0]
    assert (row.speaker, row.text, row.speaker_text) == (
        "Unnamed officials", "More than 90 homes were flooded", "civil defence authorities")


def test_copy_quoted_with_single_marks():
    """British and Irish papers quote with single marks; apostrophes are no marks."""
    text = ("\u2018The council\u2019s plan is a disgrace,\u2019 said Cllr Aoife Byrne. She said the "
            "tenants\u2019 group would be \u2018watching closely\u2019.\n\n"
            "\u2018We have waited ten years. The builders\u2019 promises meant nothing.\n\n"
            "\u2018Now we want action,\u2019 she added.\n\n"
            "Housing Minister Darragh O\u2019Brien said the scheme was \u2018on track\u2019.")
    table = quotes_in_text(text)
    assert table[["speaker", "kind", "text"]].values.tolist() == [
        ["Aoife Byrne", D, "The council\u2019s plan is a disgrace,"],
        ["Aoife Byrne", P, "watching closely"],
        ["Aoife Byrne", D, "We have waited ten years. The builders\u2019 promises meant nothing."
                           "\n\n\u2018Now we want action,"],
        ["Darragh O'Brien", P, "on track"]]  # (names are written with straight apostrophes)
    # straight single marks, the same way
    straight = "'It is over,' Tom Reed said. Reed called the club's offer 'a farce'."
    assert quotes_in_text(straight)[["speaker", "kind", "text"]].values.tolist() == [
        ["Tom Reed", D, "It is over,"], ["Tom Reed", P, "a farce"]]
    # copy quoted with double marks keeps single marks for quotations inside quotations
    nested = "\u201cThey told me \u2018wait\u2019 and I waited,\u201d Ana Ruiz said."
    assert quotes_in_text(nested).text.tolist() == ["They told me \u2018wait\u2019 and I waited,"]


def test_said_a_and_that_b_gives_a_row_per_clause():
    text = ("Roscosmos said that the satellite had separated from the upper stage, and that "
            "ground control had established communication with it.")
    assert quotes_in_text(text).text.tolist() == [
        "the satellite had separated from the upper stage",
        "ground control had established communication with it"]


def test_pronoun_never_stands_for_the_articles_own_outlet():
    """"told LA VOZ" in La Voz's own copy names no person, so "he" stays with the fisherman."""
    passage = ("A fisherman who gave his name only as Idrissa told LA VOZ that the boat had sunk."
               '\n\n"We lost everything," he said.')
    assert rows_of(quotes_in_text(passage, outlet="La Voz")) == [
        ("Unnamed sources", None, I), ("Unnamed sources", None, D)]


def test_words_after_as_saying_start_at_their_first_word():
    text = ("Reuters quoted Omar Haddad as saying the talks would resume. Xinhua quoted an "
            "official at the National Seed Administration as saying that the harvest was safe.")
    assert quotes_in_text(text)[["speaker", "via", "text"]].values.tolist() == [
        ["Omar Haddad", "Reuters", "the talks would resume"],
        ["Unnamed officials", "Xinhua", "the harvest was safe"]]


def test_a_document_seen_by_the_articles_own_outlet_has_no_channel():
    text = ("According to an internal Defence Planning Office (DPO) note seen by the Courier, "
            "11,000 troops remain.")
    assert quotes_in_text(text, outlet="The Courier")[["speaker", "via"]].values.tolist() == [
        ["Defence Planning Office", None]]


def test_an_agency_told_in_its_own_copy_is_no_channel():
    text = "Lawyer Maruli Hutapea told ANTARA that his client had only signed the documents."
    assert quotes_in_text(text, outlet="ANTARA News")[["speaker", "via"]].values.tolist() == [
        ["Maruli Hutapea", None]]


def test_an_acronym_spells_a_place_only_with_its_first_and_last_words():
    from framing.speakers import spells_place

    assert spells_place("CENTAL", "the Center for Transparency and Accountability in Liberia".split())
    assert spells_place("ABIL", "Association of Banks in Lebanon".split())
    assert not spells_place("KST", "Officials in Seoul".split())
    assert not spells_place("CTA", "Center for Transparency and Accountability".split())
    assert not spells_place("", "Banks in Lebanon".split())
