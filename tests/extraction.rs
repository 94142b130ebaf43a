//! Table-driven extraction cases, one line each: a text and what it must give.
//!
//! Relations are written `source -type-> target [modality]`, entities `kind:Name`, quotes
//! `speaker-id <= "content start"`. Every case is a sentence written for these tests.

use newsgraph::Analysis;
use newsgraph::article::Article;
use newsgraph::pipeline::Pipeline;

fn analyze(text: &str) -> Analysis {
    thread_local! {
        static P: Pipeline = Pipeline::builtin().unwrap();
    }
    let mut a = Article::from_text("case", text);
    a.meta.published = chrono::NaiveDate::from_ymd_opt(2020, 1, 16);
    P.with(|p| p.analyze(&a))
}

fn relations(a: &Analysis) -> Vec<String> {
    a.relations
        .iter()
        .map(|r| {
            format!(
                "{} -{}-> {} [{}]",
                r.source, r.rel_type, r.target, r.modality
            )
        })
        .collect()
}

/// (text, relations that must be present)
const RELATIONS: &[(&str, &[&str])] = &[
    // A widely known leader named in full is a member of the country the article names.
    (
        "Tony Blair met union leaders on Monday. Britain faces a wave of strikes.",
        &["person:tony-blair -member_of-> country:united-kingdom [asserted]"],
    ),
    (
        "President Reagan met union leaders on Monday. America faces a wave of strikes.",
        &["person:ronald-reagan -member_of-> country:united-states [asserted]"],
    ),
    // rela18: events stated as nouns. The agent after "by" is the person that a demonym and
    // a title describe; "next week's" visit is planned.
    (
        "Next month's visit to Oslo by Peruvian Trade Minister Karl Vendrum will focus on fish.",
        &["person:karl-vendrum -visits-> country:norway [intended]"],
    ),
    // The owner of the subject that is "the target of" attacks is attacked.
    (
        "Peru has backed Chile and its trawlers have been the target of Bolivian raids.",
        &["country:bolivia -attacks-> country:peru [asserted]"],
    ),
    // "talks here between" two sides with portfolio words before their titles.
    (
        "The accord followed talks here between Malian mines and energy minister Abu Karam and Guinean minister Ola Benni.",
        &["person:abu-karam -negotiates-> person:ola-benni [asserted]"],
    ),
    // Conversations and consultations are meetings (040).
    (
        "Foreign Minister Hal Oster said in conversations with Chilean President Pell Varn that peace was near.",
        &["person:hal-oster -meets-> person:pell-varn [asserted]"],
    ),
    // "hold" is a light verb of its noun's event.
    (
        "Peruvian Foreign Minister Hal Oster will hold meetings with Japanese officials.",
        &["person:hal-oster -meets-> country:japan [intended]"],
    ),
    // The country after "an offer of" makes the offer.
    (
        "Iceland declined an offer of Norwegian naval escorts.",
        &["country:iceland -rejects-> country:norway [asserted]"],
    ),
    // Company deals in wire style: descriptions before the company, bracketed names, a
    // currency's country inside the price, a price given twice, "the two companies".
    (
        "Ostrel Capital Corp Ltd approved the acquisition of number one ranked Dunmore Freight Ltd.",
        &["org:ostrel-capital-corp-ltd -buys-> org:dunmore-freight-ltd [asserted]"],
    ),
    (
        "Ostrel Corp completed the acquisition of <Dunmore Freight Ltd>.",
        &["org:ostrel-corp -buys-> org:dunmore-freight-ltd [asserted]"],
    ),
    (
        "Ostrel Corp's 54 mln U.S. dlr acquisition of Dunmore Freight Ltd was approved.",
        &["org:ostrel-corp -buys-> org:dunmore-freight-ltd [asserted]"],
    ),
    (
        "Ostrel Corp agreed to acquire privately held Dunmore Freight Ltd.",
        &["org:ostrel-corp -buys-> org:dunmore-freight-ltd [intended]"],
    ),
    (
        "Ostrel Corp agreed to buy Toronto-based Dunmore Freight Ltd.",
        &["org:ostrel-corp -buys-> org:dunmore-freight-ltd [intended]"],
    ),
    (
        "Varo Holdings Inc has rejected a takeover offer worth 3.1bn Australian dollars ($2.3bn; £1.8bn) from mining giant Quell Group.",
        &["org:varo-holdings-inc -rejects-> org:quell-group [asserted]"],
    ),
    (
        "Ostrel Corp completed the acquisition of Dunmore Freight Ltd from Vantor Group Inc.",
        &["org:vantor-group-inc -sells-> org:dunmore-freight-ltd [asserted]"],
    ),
    (
        "Varo Holdings Inc rejected a bid from Quell Industries Inc on Monday. The two companies held four days of talks.",
        &["org:varo-holdings-inc -negotiates-> org:quell-industries-inc [asserted]"],
    ),
    // "turn down" and "decline" reject what a named side offers.
    (
        "Varo Holdings Inc turned down a merger proposal from Quell Industries Inc.",
        &["org:varo-holdings-inc -rejects-> org:quell-industries-inc [asserted]"],
    ),
    (
        "Iceland declined an offer of naval escorts from Norway.",
        &["country:iceland -rejects-> country:norway [asserted]"],
    ),
    // Wire copy capitalises the word after "U.S.": "And" there opens no sentence.
    (
        "Officials said the U.S. And Norway have been negotiating for over a month.",
        &["country:united-states -negotiates-> country:norway [reported]"],
    ),
    // A proposal's price between it and its maker.
    (
        "Varo Holdings Inc has rejected a takeover offer worth 310 mln dlrs from Quell Industries Inc.",
        &["org:varo-holdings-inc -rejects-> org:quell-industries-inc [asserted]"],
    ),
    // An unknown acronym before a post held in a body is that body.
    (
        "KTU leader Jo Varga warned of more strikes in the spring.",
        &["person:jo-varga -member_of-> org:ktu [asserted]"],
    ),
    // A diplomatic counsellor's apposition names the country.
    (
        "\"Prices will fall,\" Ivo Darnell, commercial counsellor for Norway, told reporters.",
        &["person:ivo-darnell -member_of-> country:norway [asserted]"],
    ),
    // rela17: a subject "he"/"she" with no person before it in its sentence is the one person
    // the sentences before name as one who acts; an acronym in brackets after a name does not
    // hide the name from its verb.
    (
        "John Marlow, the party leader, arrived on Monday. He accused Germany of lying.",
        &["person:john-marlow -accuses-> country:germany [asserted]"],
    ),
    (
        "Dora Vint, a former judge, joined the race in May. She endorsed Paul Draper on Friday.",
        &["person:dora-vint -supports-> person:paul-draper [asserted]"],
    ),
    (
        "Pablo Ortiz, the trade minister, spoke in Lima. He told reporters after meeting President Tomas Reyna that exports would rise.",
        &["person:pablo-ortiz -meets-> person:tomas-reyna [asserted]"],
    ),
    (
        "Chile and the European Union (EU) signed a trade pact on Monday.",
        &["country:chile -signs-> org:european-union [asserted]"],
    ),
    // pron16: an object pronoun (or a possessive before a proposal) right after a verb whose
    // named subject stands next to it is the one person named before it.
    (
        "Senator Ruth Okafor proposed a new budget. Governor Leon Marsh attacked her on Tuesday.",
        &["person:leon-marsh -criticizes-> person:ruth-okafor [asserted]"],
    ),
    (
        "Pedro Alvarez won the primary in Ohio. Carla Mendes, who endorsed him last week, spoke at the rally.",
        &["person:carla-mendes -supports-> person:pedro-alvarez [asserted]"],
    ),
    (
        "Dale Hurst was due to stand in Leeds. He says he will step down. Party leader Tom Brandt accepted his decision on Friday.",
        &["person:tom-brandt -agrees-> person:dale-hurst [asserted]"],
    ),
    (
        "Senator Dale Hurst spoke in Denver on Monday. The Labour Party condemned his remarks.",
        &["org:uk-labour-party -condemns-> person:dale-hurst [asserted]"],
    ),
    // meet16: a partner after a short place or time phrase; joint ventures; an intent noun
    // before a far infinitive.
    (
        "Chancellor Angela Merkel met in the morning with Chinese President Xi Jinping.",
        &["person:angela-merkel -meets-> person:xi-jinping [asserted]"],
    ),
    (
        "Angela Merkel met at the chancellery with Jacques Chirac, who arrived late.",
        &["person:angela-merkel -meets-> person:jacques-chirac [asserted]"],
    ),
    (
        "Volkswagen said it had formed a joint venture with Renault to make batteries.",
        &["org:volkswagen -cooperates-> org:renault [reported]"],
    ),
    (
        "The joint venture between Nissan and Volkswagen will build vans.",
        &["org:nissan -cooperates-> org:volkswagen [asserted]"],
    ),
    (
        "Analysts doubted Renault's proposal to negotiate a full merger between Renault and Nissan.",
        &["org:renault -cooperates-> org:nissan [intended]"],
    ),
    // pron16b: "called him a fraud": the one named by a verb of naming may be an object
    // pronoun, the one person named before it.
    (
        "Mark Delaney announced his bid on Monday. Rival candidate Sara Venn called him a fraud.",
        &["person:sara-venn -criticizes-> person:mark-delaney [asserted]"],
    ),
    (
        "Lena Ortiz defended the plan. Party leader Tom Fray called her reckless.",
        &["person:tom-fray -criticizes-> person:lena-ortiz [asserted]"],
    ),
    // rel15: paying for someone's travel is aid; the one paid for travels; a challenge to do
    // something is a demand; an amount before a possessed purchase; "the merger of A and B";
    // "gave X $N in aid".
    (
        "Senator Paul Draper said businessman Leon Marsh paid for him to fly to Rome.",
        &["person:leon-marsh -aids-> person:paul-draper [reported]"],
    ),
    (
        "Businessman Leon Marsh paid for Governor Ruth Okafor to fly to Geneva.",
        &[
            "person:leon-marsh -aids-> person:ruth-okafor [asserted]",
            "person:ruth-okafor -visits-> loc:geneva [asserted]",
        ],
    ),
    (
        "The Halvorsen Foundation funded Senator Paul Draper's trip to Kenya.",
        &["org:halvorsen-foundation -aids-> person:paul-draper [asserted]"],
    ),
    (
        "Norway gave Malawi $40 million in aid last year.",
        &["country:norway -aids-> country:malawi [asserted]"],
    ),
    (
        "The World Bank granted Bolivia a new loan.",
        &["org:world-bank -aids-> country:bolivia [asserted]"],
    ),
    (
        "Senator Paul Draper challenged Governor Ruth Okafor to a televised debate.",
        &["person:paul-draper -demands-> person:ruth-okafor [asserted]"],
    ),
    (
        "Shareholders approved Vantix Corp's $2.1bn purchase of Brightline Inc.",
        &["org:vantix-corp -buys-> org:brightline-inc [asserted]"],
    ),
    (
        "Regulators cleared the merger of Kestrel Corp and Ondine Inc.",
        &["org:kestrel-corp -cooperates-> org:ondine-inc [asserted]"],
    ),
    // "for X to do": X acts, but only hypothetically.
    (
        "Analysts say the only way out is for Germany to join forces with France.",
        &["country:germany -cooperates-> country:france [hypothetical]"],
    ),
    (
        "Orbis Group said it might sell its Delta Bank unit after its proposed 900 mln dlr acquisition of Norvale Corp.",
        &["org:orbis-group -buys-> org:norvale-corp [intended]"],
    ),
    (
        "The cargo is part of a contract signed in March for Qatar to supply Pakistan with gas.",
        &["country:qatar -cooperates-> country:pakistan [intended]"],
    ),
    // Coordinated objects with their own titles and descriptions, envoys of an organisation.
    (
        "Finance Minister Marta Kessler will meet Treasury Secretary John Pell, Fed chairman Anna Ruiz and IMF chief Paul Dorn next week.",
        &[
            "person:marta-kessler -meets-> person:john-pell [intended]",
            "person:marta-kessler -meets-> person:anna-ruiz [intended]",
            "person:marta-kessler -meets-> person:paul-dorn [intended]",
        ],
    ),
    (
        "Marta Kessler, who met this morning with senior Citibank executive John Pell and representatives from Barclays and Lloyds Bank, said the talks went well.",
        &[
            "person:marta-kessler -meets-> person:john-pell [reported]",
            "person:marta-kessler -meets-> org:barclays [reported]",
            "person:marta-kessler -meets-> org:lloyds-tsb [reported]",
        ],
    ),
    (
        "Senator Marta Kessler met Governor John Pell and representatives from creditor banks Barclays and Lloyds Bank.",
        &[
            "person:marta-kessler -meets-> org:barclays [asserted]",
            "person:marta-kessler -meets-> org:lloyds-tsb [asserted]",
        ],
    ),
    (
        "Senator Marta Kessler met officials from the European Union in Brussels.",
        &["person:marta-kessler -meets-> org:european-union [asserted]"],
    ),
    // Coordinated subjects with their own titles.
    (
        "Treasury Secretary John Pell and Fed chairman Anna Ruiz met Chancellor Karl Brandt in Bonn.",
        &[
            "person:john-pell -meets-> person:karl-brandt [asserted]",
            "person:anna-ruiz -meets-> person:karl-brandt [asserted]",
        ],
    ),
    // A passive relative clause: the name it describes is the target.
    (
        "Senator Marta Kessler, who was criticised by Governor John Pell, said little.",
        &["person:john-pell -criticizes-> person:marta-kessler [reported]"],
    ),
    // Verbs: congratulate, boycott, snub, consult, brief.
    (
        "Senator Marta Kessler congratulated Governor John Pell.",
        &["person:marta-kessler -praises-> person:john-pell [asserted]"],
    ),
    (
        "Chile said it would boycott Peru.",
        &["country:chile -sanctions-> country:peru [hypothetical]"],
    ),
    (
        "Senator Marta Kessler snubbed Governor John Pell.",
        &["person:marta-kessler -rejects-> person:john-pell [asserted]"],
    ),
    (
        "Senator Marta Kessler consulted Governor John Pell on the bill.",
        &["person:marta-kessler -meets-> person:john-pell [asserted]"],
    ),
    (
        "Senator Marta Kessler briefed Governor John Pell on the talks.",
        &["person:marta-kessler -meets-> person:john-pell [asserted]"],
    ),
    (
        "Harold Finch and Maria Oduya met in Leeds on Monday.",
        &["person:harold-finch -meets-> person:maria-oduya [asserted]"],
    ),
    // A meeting or visit called off did not take place.
    (
        "Chile cancelled its planned visit to Peru.",
        &["country:chile -visits-> country:peru [negated]"],
    ),
    (
        "The summit between Chile and Peru was called off.",
        &["country:chile -meets-> country:peru [negated]"],
    ),
    (
        "Chile's talks with Peru were scrapped on Friday.",
        &["country:chile -negotiates-> country:peru [negated]"],
    ),
    (
        "Chile held talks with Peru after the summit was cancelled.",
        &["country:chile -negotiates-> country:peru [asserted]"],
    ),
    // Two sides joined by a hyphen before a meeting noun.
    (
        "The Chile-Peru border talks resumed in Lima on Monday.",
        &["country:chile -negotiates-> country:peru [asserted]"],
    ),
    (
        "Officials said a Croatian-Slovenian summit was planned.",
        &["country:croatia -meets-> country:slovenia [reported]"],
    ),
    // Verbs of thanks, disagreement, telephone calls, invitations and working together.
    (
        "Senator Ana Quell thanked Governor Tomas Brandt for his help.",
        &["person:ana-quell -praises-> person:tomas-brandt [asserted]"],
    ),
    (
        "Senator Ana Quell disagreed with Governor Tomas Brandt over taxes.",
        &["person:ana-quell -criticizes-> person:tomas-brandt [asserted]"],
    ),
    (
        "Finance Minister Ana Quell telephoned President Tomas Brandt on Friday.",
        &["person:ana-quell -meets-> person:tomas-brandt [asserted]"],
    ),
    (
        "Veltra Corp will work with Norvane Holdings on the project.",
        &["org:veltra-corp -cooperates-> org:norvane-holdings [intended]"],
    ),
    // A time between a verb and its object or the object's preposition.
    (
        "Marta Quell met on Tuesday with Foreign Minister Tomas Brandt in Lisbon.",
        &["person:marta-quell -meets-> person:tomas-brandt [asserted]"],
    ),
    (
        "Venezuela attacked last week a Colombian border post.",
        &["country:venezuela -attacks-> country:colombia [asserted]"],
    ),
    // A demonym and a descriptor noun before a company name describe that company.
    (
        "Harlow Foods Ltd bought Dutch firm Vexlo Group last year.",
        &["org:harlow-foods-ltd -buys-> org:vexlo-group [asserted]"],
    ),
    (
        "Norvane Holdings criticised Canadian software maker Tessaly Group on Monday.",
        &["org:norvane-holdings -criticizes-> org:tessaly-group [asserted]"],
    ),
    // Antecedents of descriptions and pronouns (coref).
    (
        "Foreign minister Pavel Drozdov arrived in Vienna on Monday. The minister met Chancellor Greta Lindqvist.",
        &["person:pavel-drozdov -meets-> person:greta-lindqvist [asserted]"],
    ),
    (
        "Ecuador froze its debt payments. The country also criticised Peru.",
        &["country:ecuador -criticizes-> country:peru [asserted]"],
    ),
    (
        "Trade minister Lena Vargas said on Friday that she would press ahead during her trip to Chile next week.",
        &["person:lena-vargas -visits-> country:chile [hypothetical]"],
    ),
    (
        "Korvan Steel Corp said on Monday it would buy Osterby Inc.",
        &["org:korvan-steel-corp -buys-> org:osterby-inc [hypothetical]"],
    ),
    (
        "Korvan Steel Corp reported losses. Analysts said the firm's purchase of Osterby Inc was a mistake.",
        &["org:korvan-steel-corp -buys-> org:osterby-inc [reported]"],
    ),
    (
        "Chancellor Greta Lindqvist left Rome after talks with Prime Minister Ivo Kranjc ahead of her visit to Chile.",
        &["person:greta-lindqvist -visits-> country:chile [asserted]"],
    ),
    // affil16: an apposition whose body's name a wire line break splits.
    (
        "\"Prices will firm,\" said Tomas Verell, chief economist at Halbrook Commodity\nManagement, on Monday.",
        &["person:tomas-verell -member_of-> org:halbrook-commodity-management [asserted]"],
    ),
    // affil16: a firm reporting on its own officer, title right before the name.
    (
        "Brindle Foods Inc said chairman and chief executive officer Oren Maddox resigned.",
        &["person:oren-maddox -member_of-> org:brindle-foods-inc [asserted]"],
    ),
    (
        "Brindle Foods Inc <BRF.N> said its president Oren Maddox would retire in May.",
        &["person:oren-maddox -member_of-> org:brindle-foods-inc [asserted]"],
    ),
    // affil16: "X, of ORG, said".
    (
        "\"Demand is strong,\" Walter Pryde, of Castell Securities Inc, said on Friday.",
        &["person:walter-pryde -member_of-> org:castell-securities-inc [asserted]"],
    ),
    // affil16: a lexicon leader under a national office other than the lexicon's own.
    (
        "Prime Minister Jacques Chirac said the budget would shrink next year.",
        &["person:jacques-chirac -member_of-> country:france [asserted]"],
    ),
    // affil16: "Deputy" qualifying another title is no member of parliament.
    (
        "Deputy Prime Minister Ilse Brandt of Norway said the budget would shrink.",
        &["person:ilse-brandt -member_of-> country:norway [asserted]"],
    ),
    // A title "for" a body described by its kind: "spokeswoman for security software firm X".
    (
        "Rhona Tate, spokeswoman for security software firm Vexlo, said the flaw was minor.",
        &["person:rhona-tate -member_of-> org:vexlo [asserted]"],
    ),
    // A bio with "has become" and a modifier before the title; "adviser to" a body.
    (
        "Derek Aldous has become a paid adviser to Brennock Partners.",
        &["person:derek-aldous -member_of-> org:brennock-partners [asserted]"],
    ),
    // The subject's "as a TITLE of ORG" phrase.
    (
        "Former Transport Secretary Alan Crewe earns much of his income as a non-executive director of Halvard Holdings Plc.",
        &["person:alan-crewe -member_of-> org:halvard-holdings-plc [asserted]"],
    ),
    // Unnamed weapons sold to a named recipient.
    (
        "Belarus sold arms to Eritrea last year.",
        &["country:belarus -sells-> country:eritrea [asserted]"],
    ),
    (
        "Turkey bought the S-400 from Russia.",
        &["country:turkey -buys-> weapon:s-400 [asserted]"],
    ),
    ("India and the United States signed a deal.", &[]),
    // An irregular participle right after its subject is passive; "by X" may follow a "to" phrase.
    (
        "The S-400 was sold to China by Russia in 2018.",
        &[
            "country:russia -sells-> weapon:s-400 [asserted]",
            "country:russia -sells-> country:china [asserted]",
        ],
    ),
    // Talks held by coordinated subjects, or between two sides, are between them (not the host).
    (
        "Russia and China held talks on Tuesday.",
        &["country:russia -negotiates-> country:china [asserted]"],
    ),
    (
        "Qatar hosted talks between the Taliban and the United States.",
        &["org:taliban -negotiates-> country:united-states [asserted]"],
    ),
    // A modal after the noun phrase a nominal trigger heads makes it hypothetical.
    (
        "A purchase of the S-400 by Egypt would probably trigger sanctions.",
        &["country:egypt -buys-> weapon:s-400 [hypothetical]"],
    ),
    // "Title Name of Country": the country after the name is the person's.
    (
        "Foreign Minister Kasim Oruc of Turkey arrived on Monday.",
        &["person:kasim-oruc -member_of-> country:turkey [asserted]"],
    ),
    // A demonym before the partner of talks modifies it: the partner is the person.
    (
        "President Halvor today had talks with Kenyan President Daniel Moruto.",
        &["person:halvor -negotiates-> person:daniel-moruto [asserted]"],
    ),
    // A demonym before a plural noun phrase names the actor ("Israeli helicopter gunships").
    (
        "Israeli helicopter gunships attacked Syrian positions near the border.",
        &["country:israel -attacks-> country:syria [asserted]"],
    ),
    (
        "Iraq's purchase of the T-90 tanks angered Washington.",
        &["country:iraq -buys-> weapon:t-90 [asserted]"],
    ),
    (
        "Moscow is in negotiations with Ankara over the S-500.",
        &["country:russia -negotiates-> country:turkey [asserted]"],
    ),
    (
        "The Iraqi government's intention to buy the S-400 was announced in May.",
        &["country:iraq -buys-> weapon:s-400 [intended]"],
    ),
    (
        "No contracts have been signed, and Iraq has not bought the S-400.",
        &["country:iraq -buys-> weapon:s-400 [negated]"],
    ),
    (
        "If Baghdad bought the S-400, it would face sanctions.",
        &["country:iraq -buys-> weapon:s-400 [hypothetical]"],
    ),
    // Firing or launching projectiles at a target is an attack.
    (
        "Hezbollah fired rockets at Israel on Tuesday.",
        &["org:hezbollah -attacks-> country:israel [asserted]"],
    ),
    (
        "Iran launched missiles at U.S. bases in Iraq.",
        &["country:iran -attacks-> country:united-states [asserted]"],
    ),
    // Control verbs over an event noun: the one who orders or approves acts.
    (
        "President Ravel ordered the destruction of Chile's air force.",
        &["person:ravel -attacks-> country:chile [asserted]"],
    ),
    (
        "Washington approved the sale of F-35s to Poland.",
        &[
            "country:united-states -sells-> weapon:f-35 [asserted]",
            "country:united-states -sells-> country:poland [asserted]",
        ],
    ),
    (
        "Germany authorised the export of tanks to Ukraine.",
        &["country:germany -sells-> country:ukraine [asserted]"],
    ),
    // Possessive and genitive nominalisations.
    (
        "The US threat of sanctions against Iraq was criticised.",
        &["country:united-states -threatens-> country:iraq [asserted]"],
    ),
    (
        "Israel's bombing of Gaza continued for a week.",
        &["country:israel -bombs-> loc:gaza-strip [asserted]"],
    ),
    (
        "The sale of F-35s to Turkey by the United States angered Russia.",
        &["country:united-states -sells-> country:turkey [asserted]"],
    ),
    (
        "China's support for North Korea is well known.",
        &["country:china -supports-> country:north-korea [asserted]"],
    ),
    (
        "Pakistan's arrest of two Indian diplomats angered Delhi.",
        &["country:pakistan -arrests-> country:india [asserted]"],
    ),
    // A demonym heading forces inside "a barrage of".
    (
        "A barrage of Iranian missiles struck US bases on Tuesday.",
        &["country:iran -attacks-> country:united-states [asserted]"],
    ),
    // A participle clause with a counted demonym object.
    (
        "Ivory Coast broke a ceasefire, bombing rebel positions and killing nine French soldiers.",
        &["country:ivory-coast -kills-> country:france [asserted]"],
    ),
    (
        "American drones killed two Pakistani soldiers.",
        &["country:united-states -kills-> country:pakistan [asserted]"],
    ),
    (
        "Iran threatened Israel on Tuesday.",
        &["country:iran -threatens-> country:israel [asserted]"],
    ),
    (
        "The United States imposed sanctions on Turkey.",
        &["country:united-states -sanctions-> country:turkey [asserted]"],
    ),
    (
        "Tensions rose between Iran and the United States after the latter assassinated Iranian General Qassem Soleimani.",
        &["country:united-states -kills-> person:qassem-soleimani [asserted]"],
    ),
    (
        "Iraq is buying weapons from Russia, such as the Mi-28 helicopters and T-90 tanks.",
        &[
            "country:iraq -buys-> weapon:mi-28 [asserted]",
            "country:iraq -buys-> weapon:t-90 [asserted]",
        ],
    ),
    (
        "The Houthi-led Ansarullah Movement's attack on the Aramco site shook markets.",
        &["org:ansarullah -attacks-> org:aramco [asserted]"],
    ),
    (
        "The Iraqi Parliament's decision to expel the U.S. military angered Trump.",
        &["org:iraqi-parliament -expels-> country:united-states [intended]"],
    ),
    (
        "U.S. President Donald Trump threatened Iraq with sanctions.",
        &[
            "person:donald-trump -threatens-> country:iraq [asserted]",
            "person:donald-trump -member_of-> country:united-states [asserted]",
        ],
    ),
    // Coordinated subjects and objects each take part.
    (
        "Turkey and India bought the S-400 from Russia.",
        &["country:turkey -buys-> weapon:s-400 [asserted]"],
    ),
    (
        "The Houthis attacked Saudi Arabia and the United Arab Emirates with drones.",
        &["org:ansarullah -attacks-> country:united-arab-emirates [asserted]"],
    ),
    // The appositive's possessor is not the subject.
    (
        "Mohammad Javad Zarif, Iran's foreign minister, met Sergei Lavrov in Moscow.",
        &["person:mohammad-javad-zarif -meets-> person:sergei-lavrov [asserted]"],
    ),
    // The object of the first verb is not the subject of the second.
    (
        "Dutch Prime Minister Mark Rutte visited Kyiv and met Ukrainian President Volodymyr Zelensky.",
        &["person:mark-rutte -meets-> person:volodymyr-zelensky [asserted]"],
    ),
    // What could not be protected from a country's forces was attacked by that country.
    (
        "Not even British radar could protect their airfield from a volley of Argentine jets.",
        &["country:argentina -attacks-> country:united-kingdom [asserted]"],
    ),
    (
        "The frigates defended Japan against Chinese missiles last year.",
        &["country:china -attacks-> country:japan [asserted]"],
    ),
    // One politician attacking another is criticism.
    (
        "Senator John Kerry attacked President George W. Bush over the deficit.",
        &["person:john-kerry -criticizes-> person:george-w-bush [asserted]"],
    ),
    // The negation belongs to "sanction", not to the possessed "purchase".
    (
        "The United States did not sanction India for its purchase of the S-400.",
        &["country:india -buys-> weapon:s-400 [asserted]"],
    ),
    // Occupying a country is CAMEO 192, not an invasion.
    (
        "The United States is occupying Iraq.",
        &["country:united-states -occupies-> country:iraq [asserted]"],
    ),
    // The target of a threat is the object of the threatened act.
    (
        "Donald Trump threatened on Sunday to impose sanctions on Iraq.",
        &["person:donald-trump -threatens-> country:iraq [asserted]"],
    ),
    // A short common-noun object may stand before the verb's own preposition.
    (
        "The United States deployed troops to Poland.",
        &["country:united-states -deploys-> country:poland [asserted]"],
    ),
    // A subordinate clause has its own subject.
    (
        "Labour lost power in 1974 after the Liberal Democrats demanded Edward Heath resign.",
        &["org:liberal-democrats -demands-> person:edward-heath [asserted]"],
    ),
    // The visitor is not the subject of a later clause.
    (
        "Premier Ilse Varnholt leaves on her third official visit to Chile on Monday, weeks after President Otto Brandt imposed tariffs on Peru.",
        &["person:ilse-varnholt -visits-> country:chile [asserted]"],
    ),
    // The head of "Y's <noun> Z" is the target, not the possessor Y.
    (
        "Norway's backing for Chile's old rival Peru angered Lima.",
        &["country:norway -supports-> country:peru [asserted]"],
    ),
    // Capturing people is an arrest; capturing positions is taking territory (CAMEO 192).
    (
        "Iraqi troops captured two Iranian soldiers.",
        &["country:iraq -arrests-> country:iran [asserted]"],
    ),
    // A country standing behind "the <title> of" acts through its office holder.
    (
        "The president of France criticised Germany on Monday.",
        &["country:france -criticizes-> country:germany [asserted]"],
    ),
    // A non-restrictive relative clause: the name before ", which" acts inside it ...
    (
        "Kenya and Ghana, which bought T-72 tanks from Ukraine, opened talks.",
        &[
            "country:kenya -buys-> weapon:t-72 [asserted]",
            "country:ghana -buys-> weapon:t-72 [asserted]",
        ],
    ),
    // ... and after it, once the clause has closed.
    (
        "Peru, which bought Su-25 jets from Belarus in 1998, is now negotiating with Russia.",
        &[
            "country:peru -buys-> weapon:su-25 [asserted]",
            "country:peru -negotiates-> country:russia [asserted]",
        ],
    ),
    // "the latter" at a sentence start reaches back to the pair in the sentence before;
    // "ordered" buys a weapon.
    (
        "Chile and Peru bought F-16 jets. The latter also ordered T-72 tanks.",
        &["country:peru -buys-> weapon:t-72 [asserted]"],
    ),
    // "since" between an auxiliary and a participle is an adverb.
    (
        "Armenia has since attacked Azerbaijan.",
        &["country:armenia -attacks-> country:azerbaijan [asserted]"],
    ),
    // An offer that is rejected is no event.
    (
        "Venezuela rejected an offer to hold talks with Colombia.",
        &["country:venezuela -negotiates-> country:colombia [negated]"],
    ),
    // Affiliations: a bare title apposition with "of" and the employer; a title whose body is
    // inside it; portfolio words between a demonym and the title; "X of Y"; a possessor's
    // title; a company before a lower-case corporate title; a known leader's own country.
    (
        "Dale Brisco, chairman and chief executive of Vantor Industries Inc, resigned.",
        &["person:dale-brisco -member_of-> org:vantor-industries-inc [asserted]"],
    ),
    (
        "Treasury Secretary Walt Henning said so.",
        &["person:walt-henning -member_of-> country:united-states [asserted]"],
    ),
    (
        "Danish Foreign Trade Minister Ole Brask said so.",
        &["person:ole-brask -member_of-> country:denmark [asserted]"],
    ),
    (
        "Nils Ekdahl of Vantor Industries Inc said so.",
        &["person:nils-ekdahl -member_of-> org:vantor-industries-inc [asserted]"],
    ),
    (
        "Nils Ekdahl, Vantor Industries Inc's president, said so.",
        &["person:nils-ekdahl -member_of-> org:vantor-industries-inc [asserted]"],
    ),
    (
        "Vantor economist Nils Ekdahl said so. Analysts at Vantor agreed.",
        &["person:nils-ekdahl -member_of-> org:vantor [asserted]"],
    ),
    (
        "The bill was vetoed by President Reagan.",
        &["person:ronald-reagan -member_of-> country:united-states [asserted]"],
    ),
    // A title across a wrapped line; a minister of a country's government body serves the
    // country too; "co-founder of Y" with this Y untagged; "Party" before a title is the
    // article's one party; "who also works in the Tory research unit".
    (
        "Officials met U.S. Treasury\nSecretary Walt Henning on Monday.",
        &[
            "person:walt-henning -member_of-> org:us-treasury [asserted]",
            "person:walt-henning -member_of-> country:united-states [asserted]",
        ],
    ),
    (
        "Talks opened with a briefing from Chilean Treasury Secretary Rosa Mendez on the loan.",
        &["person:rosa-mendez -member_of-> country:chile [asserted]"],
    ),
    (
        "Companies such as Quorvex, Daltrix and Menlo Labs all sell such tools. \"It is hard,\" said Priya Nandal, co-founder of Quorvex.",
        &["person:priya-nandal -member_of-> org:quorvex [asserted]"],
    ),
    (
        "The Liberal Democrats named a new press chief. Party chief executive Lord Hartwell said the choice was sound.",
        &["person:hartwell -member_of-> org:liberal-democrats [asserted]"],
    ),
    (
        "Tom Varley, who also works in the Tory research unit, stood down.",
        &["person:tom-varley -member_of-> org:uk-conservative-party [asserted]"],
    ),
    // A country's possessive or demonym right before a name; a wire ticker between a firm and
    // the title; "NAME, from ORG" reported; a title's remit before "at ORG"; a labour
    // minister of another country is no member of the British Labour Party.
    (
        "Norway's Kari Lunde won the sprint ahead of Canadian Tom Ashby.",
        &[
            "person:kari-lunde -member_of-> country:norway [asserted]",
            "person:tom-ashby -member_of-> country:canada [asserted]",
        ],
    ),
    (
        "Velmont Corp <VLM.N> chairman Harold Quist said profits rose.",
        &["person:harold-quist -member_of-> org:velmont-corp [asserted]"],
    ),
    (
        "\"Demand is weak,\" said Sarah Pell, from security software firm Vexlo.",
        &["person:sarah-pell -member_of-> org:vexlo [asserted]"],
    ),
    (
        "Sarah Pell from Goldman Sachs said demand was weak.",
        &["person:sarah-pell -member_of-> org:goldman-sachs [asserted]"],
    ),
    (
        "Lars Ekberg, head of engine development at Volkswagen, said costs rose.",
        &["person:lars-ekberg -member_of-> org:volkswagen [asserted]"],
    ),
    (
        "Peruvian Labour Minister Ana Quispe said wages would rise.",
        &["person:ana-quispe -member_of-> country:peru [asserted]"],
    ),
    (
        "Former Labour minister Tom Varley said the party would win in Britain.",
        &["person:tom-varley -member_of-> org:uk-labour-party [asserted]"],
    ),
    (
        "Dermot Halloran built the firm. Mr Halloran's Brisk Holdings merged with a rival last year.",
        &["person:dermot-halloran -member_of-> org:brisk-holdings [asserted]"],
    ),
    // Coordinated subjects that sign a document, meet or cooperate with no one named after
    // the verb do it with each other, the first named first.
    (
        "Chile and Peru signed a memorandum of understanding on fishing.",
        &["country:chile -signs-> country:peru [asserted]"],
    ),
    (
        "Chile and Peru met in Lima.",
        &["country:chile -meets-> country:peru [asserted]"],
    ),
    (
        "Chile and Peru cooperated closely.",
        &["country:chile -cooperates-> country:peru [asserted]"],
    ),
    // A refusal negates the event further into its complement.
    (
        "Venezuela rejected a Brazilian offer to hold informal talks with Colombia.",
        &["country:venezuela -negotiates-> country:colombia [negated]"],
    ),
    // "the latter" is the second of the last pair joined by "and".
    (
        "Chile and Peru bought F-16 jets despite US objections. The latter also ordered T-72 tanks.",
        &["country:peru -buys-> weapon:t-72 [asserted]"],
    ),
    // Coordinated partners after "talks with"; "be to" states a plan.
    (
        "The World Trade Organization is to hold talks with both Chile and Peru.",
        &[
            "org:wto -negotiates-> country:chile [intended]",
            "org:wto -negotiates-> country:peru [intended]",
        ],
    ),
    // Blocking an application rejects its owner.
    (
        "Canada blocked Peru's application again.",
        &["country:canada -rejects-> country:peru [asserted]"],
    ),
    // An unknown name before a title belongs to it: the target is the person.
    (
        "The Danish Bar Council criticised Acme boss Harold Venn.",
        &["org:danish-bar-council -criticizes-> person:harold-venn [asserted]"],
    ),
    // A compass adjective before a country; the threatened act's object.
    (
        "Chile threatened to invade northern Peru.",
        &[
            "country:chile -threatens-> country:peru [asserted]",
            "country:chile -invades-> country:peru [intended]",
        ],
    ),
    // "will cooperate on X": a verb after "will", reciprocal; "work together" cooperates.
    (
        "Chile and Peru will cooperate on fishing.",
        &["country:chile -cooperates-> country:peru [intended]"],
    ),
    (
        "Chile and Peru are to work together on mining.",
        &["country:chile -cooperates-> country:peru [intended]"],
    ),
    // Company takeovers: a direct object, a stake in one, a passive with a "-based" place.
    (
        "Ostrava Steel Corp acquired Brnik Tube Inc last year.",
        &["org:ostrava-steel-corp -buys-> org:brnik-tube-inc [asserted]"],
    ),
    (
        "Halden Textile Inc bought a 10 pct stake in Sorvik Mills Inc.",
        &["org:halden-textile-inc -buys-> org:sorvik-mills-inc [asserted]"],
    ),
    (
        "Pellor Bancorp Inc said it will be acquired by the Memphis-based Tarrant Planters Corp.",
        &["org:tarrant-planters-corp -buys-> org:pellor-bancorp-inc [intended]"],
    ),
    // Whose request is rejected; a time phrase between subject and verb.
    (
        "The Supreme Court this month rejected a request from Democrats.",
        &["org:us-supreme-court -rejects-> org:democratic-party [asserted]"],
    ),
    // "he" is the person the previous sentence is about.
    (
        "Obama met Putin on Monday. He criticized Peru for its actions.",
        &["person:barack-obama -criticizes-> country:peru [asserted]"],
    ),
    // The person an apposition describes acts, not a body named inside it.
    (
        "Harold Venn, chairman of Acme AG and a former Bundesbank president, urged Peru to act.",
        &["person:harold-venn -appeals-> country:peru [asserted]"],
    ),
    // Every side of a meeting "between" several people, titles and their bodies left out.
    (
        "They met during a meeting between Acme chairman Harold Venn, Gazprom chairman Ilya Dorn and Peru's mining minister Tomas Ruiz.",
        &[
            "person:harold-venn -meets-> person:ilya-dorn [asserted]",
            "person:harold-venn -meets-> person:tomas-ruiz [asserted]",
        ],
    ),
    // Lawsuits (CAMEO 115), court rulings against, campaigning for; a state may be sued.
    (
        "The ACLU sued Ohio over the voter purge.",
        &["org:aclu -accuses-> loc:ohio [asserted]"],
    ),
    (
        "Halden Textile Inc filed a lawsuit against Sorvik Mills Inc.",
        &["org:halden-textile-inc -accuses-> org:sorvik-mills-inc [asserted]"],
    ),
    (
        "The Supreme Court ruled against Ohio on Friday.",
        &["org:us-supreme-court -rejects-> loc:ohio [asserted]"],
    ),
    (
        "Harold Venn met voters. Obama campaigned for Venn in Ohio on Tuesday.",
        &["person:barack-obama -supports-> person:harold-venn [asserted]"],
    ),
    // Restoring and cutting diplomatic ties (CAMEO 054 and 161), also between coordinated sides.
    (
        "Egypt is about to restore full diplomatic ties with Iran after a long break.",
        &["country:egypt -cooperates-> country:iran [asserted]"],
    ),
    (
        "Saudi Arabia and Iran restored diplomatic relations in March.",
        &["country:saudi-arabia -cooperates-> country:iran [asserted]"],
    ),
    (
        "Oman welcomed the resumption of diplomatic ties between Qatar and Bahrain.",
        &["country:qatar -cooperates-> country:bahrain [asserted]"],
    ),
    // Five-word phrases and hyphenated forms.
    (
        "Kuwait welcomed the resumption of formal diplomatic ties between Qatar and Bahrain.",
        &["country:qatar -cooperates-> country:bahrain [asserted]"],
    ),
    (
        "Bahrain re-established full diplomatic relations with Qatar.",
        &["country:bahrain -cooperates-> country:qatar [asserted]"],
    ),
    (
        "Ethiopia has broken off diplomatic relations with Eritrea.",
        &["country:ethiopia -cuts_ties-> country:eritrea [asserted]"],
    ),
    // "fired ... at": munitions before the target's preposition.
    (
        "North Korea fired two artillery shells at South Korea on Thursday.",
        &["country:north-korea -attacks-> country:south-korea [asserted]"],
    ),
    // Coordinated sides that agree, with the content (not a partner) after the verb.
    (
        "France and Germany agree that the dispute should be settled by arbitration.",
        &["country:france -agrees-> country:germany [asserted]"],
    ),
    // Condemning a deed condemns whoever did it, also forces a demonym names.
    (
        "Canada condemned an attack by Russian soldiers in eastern Ukraine.",
        &["country:canada -condemns-> country:russia [asserted]"],
    ),
    (
        "Britain has welcomed the decision by India to reopen the border.",
        &["country:united-kingdom -praises-> country:india [asserted]"],
    ),
    // A refusal negates the event it governs.
    (
        "Qatar's refusal to talk to Egypt surprised diplomats.",
        &["country:qatar -negotiates-> country:egypt [negated]"],
    ),
    // The object of a verb of asking acts in the infinitive; the accused in the gerund.
    // (Session 47: the act asked for is hypothetical, not reported: nobody says it was done.)
    (
        "Germany urged France to sanction Russia.",
        &["country:france -sanctions-> country:russia [hypothetical]"],
    ),
    (
        "Pakistan accused India of shelling villages in Punjab.",
        &["country:pakistan -accuses-> country:india [asserted]"],
    ),
    (
        "The EU blamed Russia for attacking Ukraine.",
        &["country:russia -attacks-> country:ukraine [reported]"],
    ),
    // A state's agents named before "from"/"in" act for it.
    (
        "Troops from Sudan raided Chad last week.",
        &["country:sudan -attacks-> country:chad [asserted]"],
    ),
    (
        "Officials in Japan welcomed China's decision.",
        &["country:japan -praises-> country:china [asserted]"],
    ),
    // "has yet to" and "ruled out" negate.
    (
        "Russia has yet to sign the treaty with Ukraine.",
        &["country:russia -signs-> country:ukraine [negated]"],
    ),
    (
        "Turkey ruled out sending troops to Libya.",
        &["country:turkey -deploys-> country:libya [negated]"],
    ),
    // The partner behind a long document description's "with".
    (
        "Japan on Thursday signed an 800 million yen trade protocol for 1990 with Vietnam.",
        &["country:japan -signs-> country:vietnam [asserted]"],
    ),
    // A party's adjective before a title or a given name is the party.
    (
        "Republican presidential nominee Harold Venn spoke in Ohio.",
        &["person:harold-venn -member_of-> org:republican-party [asserted]"],
    ),
    (
        "Both Democrat Harold Venn and his rival campaigned.",
        &["person:harold-venn -member_of-> org:democratic-party [asserted]"],
    ),
    // Stance in a speaker's own words: said of the entity, done by it, or done to it.
    (
        "\"Omar Haddad is simply unfit to lead this city,\" Nadia Karim said.",
        &["person:nadia-karim -criticizes-> person:omar-haddad [asserted]"],
    ),
    (
        "\"Omar Haddad has done a fantastic job for the port,\" Nadia Karim said.",
        &["person:nadia-karim -praises-> person:omar-haddad [asserted]"],
    ),
    (
        "Nadia Karim said Omar Haddad had repeatedly lied to voters.",
        &["person:nadia-karim -accuses-> person:omar-haddad [asserted]"],
    ),
    // Stance words from the lexicon (data/lexicons/stance.tsv): "called X a liar",
    // "described X as", phrases ("to blame", "great job", "deserves credit"), predicates.
    (
        "Lena Brandt called Tomas Willer a hypocrite on Friday.",
        &["person:lena-brandt -criticizes-> person:tomas-willer [asserted]"],
    ),
    (
        "Lena Brandt described Tomas Willer as reckless and out of touch.",
        &["person:lena-brandt -criticizes-> person:tomas-willer [asserted]"],
    ),
    (
        "Lena Brandt said Tomas Willer was to blame for the flooding.",
        &["person:lena-brandt -accuses-> person:tomas-willer [asserted]"],
    ),
    (
        "Lena Brandt said Tomas Willer had done a great job at the harbour.",
        &["person:lena-brandt -praises-> person:tomas-willer [asserted]"],
    ),
    (
        "Lena Brandt said Tomas Willer deserves credit for the new bridge.",
        &["person:lena-brandt -praises-> person:tomas-willer [asserted]"],
    ),
    (
        "\"Tomas Willer is utterly unfair to the farmers,\" Lena Brandt said.",
        &["person:lena-brandt -criticizes-> person:tomas-willer [asserted]"],
    ),
    (
        "\"Tomas Willer has been a superb governor,\" Lena Brandt said.",
        &["person:lena-brandt -praises-> person:tomas-willer [asserted]"],
    ),
    (
        "\"Tomas Willer is the right man for the harbour,\" Lena Brandt said.",
        &["person:lena-brandt -praises-> person:tomas-willer [asserted]"],
    ),
    (
        "Lena Brandt said Tomas Willer had exaggerated the cost of the bridge.",
        &["person:lena-brandt -criticizes-> person:tomas-willer [asserted]"],
    ),
    (
        "Lena Brandt said the Green Alliance was a disaster for the town.",
        &["person:lena-brandt -criticizes-> org:green-alliance [asserted]"],
    ),
    (
        "Ruth Okafor announced the fines in response to what she called Tomas Willer's failure to act.",
        &["person:ruth-okafor -criticizes-> person:tomas-willer [asserted]"],
    ),
    (
        "\"I admire Omar Haddad for his courage,\" Nadia Karim said.",
        &["person:nadia-karim -praises-> person:omar-haddad [asserted]"],
    ),
    // The speaker's own verb with an adverb or a title between: "I strongly support X",
    // "I commend President X".
    (
        "\"I strongly support Governor Omar Haddad,\" Nadia Karim said.",
        &["person:nadia-karim -supports-> person:omar-haddad [asserted]"],
    ),
    (
        "\"We commend President Omar Haddad for the reform,\" Nadia Karim said.",
        &["person:nadia-karim -praises-> person:omar-haddad [asserted]"],
    ),
    // A judgement read past an apposition.
    (
        "Lena Brandt said Tomas Willer, the head of the port board, was utterly incompetent.",
        &["person:lena-brandt -criticizes-> person:tomas-willer [asserted]"],
    ),
    // Affiliations: a state before the title, a body whose name the title's first word
    // ends, a body's possessive, a title after modifiers in an apposition.
    (
        "Indiana Gov. Dana Whitlow vetoed the bill.",
        &["person:dana-whitlow -member_of-> loc:indiana [asserted]"],
    ),
    (
        "Tulsa police Chief Omar Haddad spoke.",
        &["person:omar-haddad -member_of-> org:tulsa-police [asserted]"],
    ),
    (
        "MSNBC's Nadia Karim asked the question.",
        &["person:nadia-karim -member_of-> org:msnbc [asserted]"],
    ),
    (
        "Dana Whitlow, senior UK economist at Barclays, said prices rose.",
        &["person:dana-whitlow -member_of-> org:barclays [asserted]"],
    ),
    // A passive with an adverb before the participle and descriptive words before the agent.
    (
        "Vantor Industries Inc was eventually acquired by state-owned energy group Acme Corp.",
        &["org:acme-corp -buys-> org:vantor-industries-inc [asserted]"],
    ),
    // A US senator belongs to the Senate (the country has no body called a parliament) when
    // the article names the Senate; else (session 32) to the country the phrase gives.
    (
        "U.S. Senator Dana Whitlow spoke in the Senate on Monday.",
        &["person:dana-whitlow -member_of-> org:us-senate [asserted]"],
    ),
    (
        "U.S. Senator Dana Whitlow spoke in Washington on Monday.",
        &["person:dana-whitlow -member_of-> country:united-states [asserted]"],
    ),
    (
        "IBM Australia deputy chairman Rolf Anders said sales rose.",
        &["person:rolf-anders -member_of-> org:ibm-australia [asserted]"],
    ),
    // A widely known politician's party, from the lexicon, when the article names the party.
    (
        "Angela Merkel opened the fair in Hanover. The CDU said exports would grow.",
        &["person:angela-merkel -member_of-> org:cdu [asserted]"],
    ),
    (
        "Labour lost two seats, and Keir Starmer blamed the weather.",
        &["person:keir-starmer -member_of-> org:uk-labour-party [asserted]"],
    ),
    // "(R-State)" after a name: the party and the state.
    (
        "Sen. Ada Grant (R-Ohio) opposed the bill.",
        &["person:ada-grant -member_of-> org:republican-party [asserted]"],
    ),
    (
        "Rep. Tom Ellery (D-Texas) voted for it.",
        &["person:tom-ellery -member_of-> org:democratic-party [asserted]"],
    ),
    // "Gov. X (R)", "X (Con)": a party's letter or short form in brackets.
    (
        "In Ohio, Gov. Ira Stone (R) vetoed the bill.",
        &["person:ira-stone -member_of-> org:republican-party [asserted]"],
    ),
    (
        "In London, Colin Webb (Con) and Ruth Ames (LD) asked about British rail fares.",
        &[
            "person:colin-webb -member_of-> org:uk-conservative-party [asserted]",
            "person:ruth-ames -member_of-> org:liberal-democrats [asserted]",
        ],
    ),
    // "X of Ohio, a Republican who ...": the party noun after the person's home place.
    (
        "Gov. Dale Horne of Kansas, a Republican who opposed the levy, signed it anyway.",
        &["person:dale-horne -member_of-> org:republican-party [asserted]"],
    ),
    // "X, R-State," after a name: the same party tag set off by commas.
    (
        "Sen. Mara Vogel, R-Ky., said the tariff would hurt growers.",
        &["person:mara-vogel -member_of-> org:republican-party [asserted]"],
    ),
    (
        "The plan was offered by Rep. Lyle Brandt, D-Calif. and passed.",
        &["person:lyle-brandt -member_of-> org:democratic-party [asserted]"],
    ),
    // "X, a Texas Democrat," / "X, a Republican," / "a Democrat of Ohio": a party's member
    // noun as the whole apposition.
    (
        "Rep. Dale Hobart, a Nevada Democrat, said the farm bill would pass.",
        &["person:dale-hobart -member_of-> org:democratic-party [asserted]"],
    ),
    (
        "Senator Ruth Anselm, an Oregon Republican who chairs the panel, objected.",
        &["person:ruth-anselm -member_of-> org:republican-party [asserted]"],
    ),
    (
        "Gov. Lena Ostrow, a Republican, signed the bill in Ohio.",
        &["person:lena-ostrow -member_of-> org:republican-party [asserted]"],
    ),
    // A party's one-member alias before a name: "Lib Dem X", "Tory X".
    (
        "Lib Dem Carl Bexley said the policy was a mistake.",
        &["person:carl-bexley -member_of-> org:liberal-democrats [asserted]"],
    ),
    (
        "Tory Gavin Pryce said the party was divided.",
        &["person:gavin-pryce -member_of-> org:uk-conservative-party [asserted]"],
    ),
    // A national office with no country named belongs to the country the article is about.
    (
        "Kenya's exports rose. Kenya will tax tea, Kenyan farmers said. Trade minister Odhiambo Wekesa said the tax was fair.",
        &["person:odhiambo-wekesa -member_of-> country:kenya [asserted]"],
    ),
    // A possessed title set off by commas before the name.
    (
        "Chile's finance minister, Anna Kowalczyk, said the talks would resume.",
        &["person:anna-kowalczyk -member_of-> country:chile [asserted]"],
    ),
    (
        "The Peruvian trade minister, Carlos Medina, said exports rose.",
        &["person:carlos-medina -member_of-> country:peru [asserted]"],
    ),
    // An analyst's firm after "at" in a report of their words.
    (
        "\"Rates will fall,\" said Dana Whitlow at Goldman Sachs.",
        &["person:dana-whitlow -member_of-> org:goldman-sachs [asserted]"],
    ),
    (
        "Dana Whitlow, at Goldman Sachs, said rates would fall.",
        &["person:dana-whitlow -member_of-> org:goldman-sachs [asserted]"],
    ),
    // The body a person joined.
    (
        "Dana Whitlow, who joined Barclays in 2001, said the bank was strong.",
        &["person:dana-whitlow -member_of-> org:barclays [asserted]"],
    ),
    (
        "Dana Whitlow, who runs Vantor Industries Inc, said the plant would close.",
        &["person:dana-whitlow -member_of-> org:vantor-industries-inc [asserted]"],
    ),
    (
        "Carlos Medina works for Goldman Sachs in London.",
        &["person:carlos-medina -member_of-> org:goldman-sachs [asserted]"],
    ),
    // A party before a campaign title; a treasurer's company.
    (
        "Labour election coordinator Jan Brodski said the plan was costly.",
        &["person:jan-brodski -member_of-> org:uk-labour-party [asserted]"],
    ),
    (
        "Vantor Industries Inc treasurer Nils Ekdahl said the loan was repaid.",
        &["person:nils-ekdahl -member_of-> org:vantor-industries-inc [asserted]"],
    ),
    // An apposition after a quote keeps its description though its closing comma is missing.
    (
        "\"We will sue,\" Dana Whitlow, a Lufthansa spokesman told reporters.",
        &["person:dana-whitlow -member_of-> org:lufthansa [asserted]"],
    ),
    // "in talks with": the verb phrase after a preposition is the noun.
    (
        "Palmora Corp is in talks with Ostrava Mining Inc about a joint bid.",
        &["org:palmora-corp -negotiates-> org:ostrava-mining-inc [asserted]"],
    ),
    // "discussions with X"; a name describing a common noun leads to the named head.
    (
        "Palmora Corp said it held discussions with Dutch insurer Veldhuis Group.",
        &["org:palmora-corp -negotiates-> org:veldhuis-group [reported]"],
    ),
    // "they" stands for every coordinated subject; "open to" states an intention.
    (
        "Palmora Corp and Ostrava Mining Inc said they are open to negotiations with Kessler Ltd.",
        &[
            "org:palmora-corp -negotiates-> org:kessler-ltd [intended]",
            "org:ostrava-mining-inc -negotiates-> org:kessler-ltd [intended]",
        ],
    ),
    // Chatting with someone is meeting; two lone surnames joined by "and" both act.
    (
        "Tomas Vedder, chairman of Palmora Corp, and Ilse Brandauer, a director of Kessler Ltd, attended. Vedder and Brandauer chatted briefly with Marco Quintal after the vote.",
        &[
            "person:tomas-vedder -meets-> person:marco-quintal [asserted]",
            "person:ilse-brandauer -meets-> person:marco-quintal [asserted]",
        ],
    ),
    // Accepting someone's offer agrees with them; the board of a company acts for it.
    (
        "The board of Ostrava Mining Inc accepted Palmora Corp's offer.",
        &["org:ostrava-mining-inc -agrees-> org:palmora-corp [asserted]"],
    ),
    (
        "Ostrava Mining Inc accepted a bid from Palmora Corp.",
        &["org:ostrava-mining-inc -agrees-> org:palmora-corp [asserted]"],
    ),
    // Companies merge with each other.
    (
        "Palmora Corp agreed to merge with Kessler Ltd.",
        &["org:palmora-corp -cooperates-> org:kessler-ltd [intended]"],
    ),
    (
        "Palmora Corp and Kessler Ltd merged last year.",
        &["org:palmora-corp -cooperates-> org:kessler-ltd [asserted]"],
    ),
    (
        "Palmora Corp completed its merger with Kessler Ltd.",
        &["org:palmora-corp -cooperates-> org:kessler-ltd [asserted]"],
    ),
    // A company sold to someone is bought by them; a unit named before "unit" is sold.
    (
        "Palmora Corp plans to sell its Veldhuis Group unit to Kessler Ltd.",
        &[
            "org:palmora-corp -sells-> org:veldhuis-group [intended]",
            "org:kessler-ltd -buys-> org:veldhuis-group [intended]",
        ],
    ),
    (
        "Palmora Corp completed the sale of Veldhuis Group to Kessler Ltd.",
        &["org:kessler-ltd -buys-> org:veldhuis-group [asserted]"],
    ),
    // "The company" is the last company named before it.
    (
        "Palmora Corp reported higher profits. The company plans to buy Kessler Ltd.",
        &["org:palmora-corp -buys-> org:kessler-ltd [intended]"],
    ),
    // A company named without its company words is the same company.
    (
        "Palmora Corp rejected the bid. Kessler Ltd said it would seek talks with Palmora.",
        &["org:kessler-ltd -negotiates-> org:palmora-corp [hypothetical]"],
    ),
    // Teaming up is cooperating, also with an infinitive after it.
    (
        "Palmora Corp and Kessler Ltd are teaming up to build a plant.",
        &["org:palmora-corp -cooperates-> org:kessler-ltd [asserted]"],
    ),
    // A company ordering a maker's models deals with the maker (economic cooperation).
    (
        "Palmora Airlines has ordered 30 Airbus A320 planes in a 2 billion dollar deal.",
        &["org:palmora-airlines -cooperates-> org:airbus [asserted]"],
    ),
    // A person's name needs no comma before "who".
    (
        "Mr Tomas Vedder who is visiting Oslo this week, has praised Norway's reforms.",
        &["person:tomas-vedder -praises-> country:norway [asserted]"],
    ),
    // Coordinated objects of mixed kinds: a country and a body praised together.
    (
        "Chancellor Olaf Scholz praised Denmark and the Wellcome Trust for their pledges.",
        &[
            "person:olaf-scholz -praises-> country:denmark [asserted]",
            "person:olaf-scholz -praises-> org:wellcome-trust [asserted]",
        ],
    ),
    // A party, a campaign group or a company attacks in words (111), not with force.
    (
        "The Green Party attacked Chancellor Olaf Scholz over his budget.",
        &["org:green-party -criticizes-> person:olaf-scholz [asserted]"],
    ),
    (
        "Greenpeace castigated Shell for its spill.",
        &["org:greenpeace -criticizes-> org:shell [asserted]"],
    ),
    // Verbal attacks in campaign news (111): "laid into", "took a swipe at", "went after",
    // "railed against", "has been critical of", with their modality.
    (
        "Senator Marta Kessler laid into Governor John Pell over the budget.",
        &["person:marta-kessler -criticizes-> person:john-pell [asserted]"],
    ),
    (
        "Senator Ada Quill took a swipe at Governor Ben Lott on Tuesday.",
        &["person:ada-quill -criticizes-> person:ben-lott [asserted]"],
    ),
    (
        "Governor Ben Lott went after Senator Ada Quill in the debate.",
        &["person:ben-lott -criticizes-> person:ada-quill [asserted]"],
    ),
    (
        "Senator Ada Quill has railed against Governor Ben Lott for months.",
        &["person:ada-quill -criticizes-> person:ben-lott [asserted]"],
    ),
    (
        "Senator Ada Quill has been sharply critical of Governor Ben Lott.",
        &["person:ada-quill -criticizes-> person:ben-lott [asserted]"],
    ),
    (
        "Senator Ada Quill was never critical of Governor Ben Lott.",
        &["person:ada-quill -criticizes-> person:ben-lott [negated]"],
    ),
    (
        "Governor Ben Lott may go after Senator Ada Quill next week.",
        &["person:ben-lott -criticizes-> person:ada-quill [hypothetical]"],
    ),
    (
        "Governor Ben Lott chastised Senator Ada Quill for her vote.",
        &["person:ben-lott -criticizes-> person:ada-quill [asserted]"],
    ),
    (
        "Governor Ben Lott stopped short of criticizing Senator Ada Quill.",
        &["person:ben-lott -criticizes-> person:ada-quill [negated]"],
    ),
    // Backing in words (050): "threw her support behind", "defended", "vouched for".
    (
        "Senator Ada Quill threw her support behind Governor Ben Lott.",
        &["person:ada-quill -supports-> person:ben-lott [asserted]"],
    ),
    (
        "Senator Ada Quill defended Governor Ben Lott on Sunday.",
        &["person:ada-quill -supports-> person:ben-lott [asserted]"],
    ),
    (
        "Senator Ada Quill vouched for Governor Ben Lott.",
        &["person:ada-quill -supports-> person:ben-lott [asserted]"],
    ),
    // Welcoming news that X does something praises X (and those coordinated with it).
    (
        "Mr Scholz welcomed news that Denmark and the Wellcome Trust are joining forces.",
        &[
            "person:olaf-scholz -praises-> country:denmark [asserted]",
            "person:olaf-scholz -praises-> org:wellcome-trust [asserted]",
        ],
    ),
    (
        "Emmanuel Macron paid tribute to Angela Merkel.",
        &["person:emmanuel-macron -praises-> person:angela-merkel [asserted]"],
    ),
    (
        "Olaf Scholz had talks with Emmanuel Macron in Paris.",
        &["person:olaf-scholz -negotiates-> person:emmanuel-macron [asserted]"],
    ),
    // A bid for a company is an intended purchase.
    (
        "Vodafone made a surprise bid for Telefonica last week.",
        &["org:vodafone -buys-> org:telefonica [intended]"],
    ),
    // Stance on deeds: a judgement of a body's policy, of a person's remarks or failure, or
    // a negative deed done by an entity in reported speech.
    (
        "Greenpeace said Danish government policy on fishing was a major obstacle to progress.",
        &["org:greenpeace -criticizes-> country:denmark [asserted]"],
    ),
    (
        "The Green Party said Olaf Scholz's remarks were deeply irresponsible.",
        &["org:green-party -criticizes-> person:olaf-scholz [asserted]"],
    ),
    (
        "Nadia Karim said Omar Haddad's failure to act was shocking.",
        &["person:nadia-karim -criticizes-> person:omar-haddad [asserted]"],
    ),
    (
        "Human Rights Watch said Egypt had ignored the African Union.",
        &["org:human-rights-watch -criticizes-> country:egypt [asserted]"],
    ),
    // Every body in a list of speakers holds the judgement.
    (
        "Nadia Karim said it was already July and Congress had failed to act.",
        &["person:nadia-karim -criticizes-> org:us-congress [asserted]"],
    ),
    (
        "Oxfam, the Red Cross and Greenpeace said Canadian government policy on logging was a major barrier to progress.",
        &[
            "org:oxfam -criticizes-> country:canada [asserted]",
            "org:icrc -criticizes-> country:canada [asserted]",
            "org:greenpeace -criticizes-> country:canada [asserted]",
        ],
    ),
    (
        "Charles Kennedy said Tony Blair was wrong to go to war.",
        &["person:charles-kennedy -criticizes-> person:tony-blair [asserted]"],
    ),
    // A meeting or an agreement of three sides or more binds every pair, in the order named.
    (
        "Iraq, Iran and Syria met in Baghdad.",
        &[
            "country:iraq -meets-> country:iran [asserted]",
            "country:iraq -meets-> country:syria [asserted]",
            "country:iran -meets-> country:syria [asserted]",
        ],
    ),
    // Criticism or support received from someone is theirs.
    (
        "Tony Blair faced criticism from the Liberal Democrats.",
        &["org:liberal-democrats -criticizes-> person:tony-blair [asserted]"],
    ),
    (
        "Tony Blair has received strong support from George Bush over Iraq.",
        &["person:george-bush -supports-> person:tony-blair [asserted]"],
    ),
    // Attacked over its own doing: a verbal attack, on a country too.
    (
        "Tony Blair attacked France over its farm subsidies.",
        &["person:tony-blair -criticizes-> country:france [asserted]"],
    ),
    // Business and legal events between organisations (biz11).
    (
        "Harwick Holdings Plc completed its takeover of Denmore Foods Ltd.",
        &["org:harwick-holdings-plc -buys-> org:denmore-foods-ltd [asserted]"],
    ),
    (
        "The takeover of Quillon Systems Inc by Ostrava Capital Corp was approved.",
        &["org:ostrava-capital-corp -buys-> org:quillon-systems-inc [asserted]"],
    ),
    (
        "Ferrant Group Inc took over Lakemoor Mills Inc last spring.",
        &["org:ferrant-group-inc -buys-> org:lakemoor-mills-inc [asserted]"],
    ),
    (
        "Brisco Partners raised its stake in Talbrook Steel Corp to 12 pct.",
        &["org:brisco-partners -buys-> org:talbrook-steel-corp [asserted]"],
    ),
    (
        "Brisco Partners lowered its holding in Talbrook Steel Corp to 4 pct.",
        &["org:brisco-partners -sells-> org:talbrook-steel-corp [asserted]"],
    ),
    (
        "Norvale Bank Plc will take a 30 pct stake in Pellan Insurance Ltd.",
        &["org:norvale-bank-plc -buys-> org:pellan-insurance-ltd [intended]"],
    ),
    (
        "Garrow Motors Inc raised its offer for Castine Parts Corp on Monday.",
        &["org:garrow-motors-inc -buys-> org:castine-parts-corp [intended]"],
    ),
    (
        "Garrow Motors Inc abandoned its bid for Castine Parts Corp.",
        &["org:garrow-motors-inc -buys-> org:castine-parts-corp [negated]"],
    ),
    (
        "Garrow Motors Inc is in talks to buy Castine Parts Corp.",
        &["org:garrow-motors-inc -buys-> org:castine-parts-corp [hypothetical]"],
    ),
    (
        "Garrow Motors Inc made an unsuccessful attempt to acquire Castine Parts Corp.",
        &["org:garrow-motors-inc -buys-> org:castine-parts-corp [negated]"],
    ),
    (
        "The European Commission fined Velmar Chemicals Inc 40m euros.",
        &["org:european-commission -sanctions-> org:velmar-chemicals-inc [asserted]"],
    ),
    (
        "Velmar Chemicals Inc was fined by the European Commission.",
        &["org:european-commission -sanctions-> org:velmar-chemicals-inc [asserted]"],
    ),
    (
        "Tessaro Labs Inc has taken legal action against Mondrell Pharma Corp.",
        &["org:tessaro-labs-inc -accuses-> org:mondrell-pharma-corp [asserted]"],
    ),
    (
        "Kestrel Ventures Inc invested $50m in Abbotsford Media Ltd.",
        &["org:kestrel-ventures-inc -cooperates-> org:abbotsford-media-ltd [asserted]"],
    ),
    (
        "Ridley Avionics Inc won a 30 mln dlr contract from the U.S. Navy.",
        &["org:ridley-avionics-inc -cooperates-> org:us-navy [asserted]"],
    ),
    (
        "The U.S. Navy awarded a contract to Ridley Avionics Inc.",
        &["org:us-navy -cooperates-> org:ridley-avionics-inc [asserted]"],
    ),
    // The subject's own meeting, talks, visit or trip named in an adjunct.
    (
        "Foreign Minister Anna Kowalczyk said during a visit to Chile that trade would grow.",
        &["person:anna-kowalczyk -visits-> country:chile [asserted]"],
    ),
    (
        "Trade Minister Jan Brodski arrived in Lima on Sunday for talks with Peru's President Carlos Medina.",
        &["person:jan-brodski -negotiates-> person:carlos-medina [asserted]"],
    ),
    (
        "Following talks with Prime Minister Jan Brodski, Finance Minister Anna Kowalczyk said the plan was sound.",
        &["person:anna-kowalczyk -negotiates-> person:jan-brodski [asserted]"],
    ),
    (
        "Defence Minister Anna Kowalczyk, during a brief visit to Norway, told reporters the deal was close.",
        &["person:anna-kowalczyk -visits-> country:norway [asserted]"],
    ),
    (
        "Finance Minister Anna Kowalczyk told reporters after meeting Prime Minister Jan Brodski that the budget was sound.",
        &["person:anna-kowalczyk -meets-> person:jan-brodski [asserted]"],
    ),
    (
        "Finance Minister Anna Kowalczyk left Warsaw yesterday after talks with Chancellor Jan Brodski ahead of her visit to Finland next week.",
        &["person:anna-kowalczyk -visits-> country:finland [intended]"],
    ),
    (
        "Polls showed a rise in support for Prime Minister Anna Kowalczyk following her trip to Japan.",
        &["person:anna-kowalczyk -visits-> country:japan [reported]"],
    ),
    (
        "The idea was first proposed by Trade Minister Jan Brodski during his visit to Chile.",
        &["person:jan-brodski -visits-> country:chile [asserted]"],
    ),
    // "as" is no verb after a name: the subject is the one who praised.
    (
        "President Carlos Medina has praised the vote to leave the European Union as historic, telling reporters during a visit to Chile that it was right.",
        &["person:carlos-medina -visits-> country:chile [asserted]"],
    ),
    // Trips named by motion verbs and other nouns (issue #3).
    (
        "Prime Minister Anna Kowalczyk flew to Chile on Tuesday.",
        &["person:anna-kowalczyk -visits-> country:chile [asserted]"],
    ),
    (
        "Chancellor Jan Brodski arrived in Peru late on Sunday.",
        &["person:jan-brodski -visits-> country:peru [asserted]"],
    ),
    (
        "Chancellor Jan Brodski is due to fly to Peru next week.",
        &["person:jan-brodski -visits-> country:peru [intended]"],
    ),
    (
        "President Carlos Medina's four-day tour of Norway ended on Friday.",
        &["person:carlos-medina -visits-> country:norway [asserted]"],
    ),
    // The month "May" is not the modal "may"; the modal still is.
    (
        "In May, Norway signed an arms deal with Chile.",
        &["country:norway -signs-> country:chile [asserted]"],
    ),
    (
        "Norway may sign an arms deal with Chile.",
        &["country:norway -signs-> country:chile [hypothetical]"],
    ),
    (
        "President Carlos Medina paid a visit to Norway in May.",
        &["person:carlos-medina -visits-> country:norway [asserted]"],
    ),
    (
        "Senator Ada Quill also declares a trip to Chile last year to address executives of Nordbank.",
        &[
            "person:ada-quill -visits-> country:chile [asserted]",
            "person:ada-quill -meets-> org:nordbank [asserted]",
        ],
    ),
    (
        "President Carlos Medina had a telephone conversation with Chancellor Jan Brodski.",
        &["person:carlos-medina -meets-> person:jan-brodski [asserted]"],
    ),
    (
        "Its chairman Tom Reyes met with Nordbank officials on Monday.",
        &["person:tom-reyes -meets-> org:nordbank [asserted]"],
    ),
    // An irregular participle in a relative clause is passive: the relative pronoun stands
    // for the bought company.
    (
        "Nordbank, which was bought by Exxon in 2001, lost money last year.",
        &["org:exxonmobil -buys-> org:nordbank [asserted]"],
    ),
    (
        "Nordbank, which was taken over by Exxon in 2001, lost money last year.",
        &["org:exxonmobil -buys-> org:nordbank [asserted]"],
    ),
    // Descriptions as event arguments: a demonym that agrees, an office after its country word.
    (
        "Chilean President Tomas Vell met Peruvian Prime Minister Carla Moss in Lima. The Chilean president later criticised the Peruvian prime minister.",
        &["person:tomas-vell -criticizes-> person:carla-moss [asserted]"],
    ),
    // A body of a stated country, the event's actor excluded.
    (
        "Boeing cut 500 jobs on Monday. Analysts said Airbus would gain. Airbus has also sued the US company.",
        &["org:airbus -accuses-> org:boeing [asserted]"],
    ),
    // A description with a name in apposition: the name.
    (
        "Chilean President Tomas Vell arrived in Buenos Aires on Thursday. The Chilean president met the Argentine president, Mario Duarte, on Friday.",
        &["person:tomas-vell -meets-> person:mario-duarte [asserted]"],
    ),
    // Any "-ly" adverb may stand between "the latter" and its verb.
    (
        "Investors watched Halvard Systems Inc and Corvine Holdings Inc. The latter recently bought Orlen Data Corp.",
        &["org:corvine-holdings-inc -buys-> org:orlen-data-corp [asserted]"],
    ),
    // A verb of naming with a judgement after the one named (issue #3): criticism or praise
    // by the judgement's polarity; a deed judged stands for its author; "open letter" is no
    // intent; a negated naming is negated.
    (
        "Governor Mike Delaney called Senator Ellen Marsh \"an orange buffoon\" at a rally.",
        &["person:mike-delaney -criticizes-> person:ellen-marsh [asserted]"],
    ),
    (
        "Senator Rosa Pike called Mayor Tom Brandt's housing plan \"pathetic\" on Monday.",
        &["person:rosa-pike -criticizes-> person:tom-brandt [asserted]"],
    ),
    (
        "Rosa Pike and Karl Weiss signed an open letter calling Tom Brandt unfit for office.",
        &["person:rosa-pike -criticizes-> person:tom-brandt [asserted]"],
    ),
    (
        "Rosa Pike never called Tom Brandt a racist.",
        &["person:rosa-pike -criticizes-> person:tom-brandt [negated]"],
    ),
    // Anger at someone is disapproval (110); accepting someone's resignation or apology
    // agrees with them.
    (
        "Senator Rosa Pike is angry at Governor Tom Brandt over the budget.",
        &["person:rosa-pike -criticizes-> person:tom-brandt [asserted]"],
    ),
    (
        "Governor Tom Brandt accepted Rosa Pike's resignation on Friday.",
        &["person:tom-brandt -agrees-> person:rosa-pike [asserted]"],
    ),
    // relb17: groups named by a count and a demonym or an organisation are their side's
    // targets ("killed three Palestinians in Gaza", "dozens of Syrians", "two Hamas
    // militants"); a demonym before its agents ends at a preposition; verbs joined by
    // "and"/"or" share their object; "hundreds of Armenians" act.
    (
        "Israeli soldiers killed two Palestinians in Hebron on Sunday.",
        &["country:israel -kills-> country:palestine [asserted]"],
    ),
    (
        "Turkish soldiers captured dozens of Syrians during the raid.",
        &["country:turkey -arrests-> country:syria [asserted]"],
    ),
    (
        "Jordanian forces detained two Hamas militants at a checkpoint.",
        &["country:jordan -arrests-> org:hamas [asserted]"],
    ),
    (
        "Sweden held talks with Norwegian officials in Oslo.",
        &["country:sweden -negotiates-> country:norway [asserted]"],
    ),
    (
        "Syrian forces killed or wounded about 200 Lebanese in the fighting.",
        &["country:syria -kills-> country:lebanon [asserted]"],
    ),
    (
        "Hundreds of Armenians attacked Azerbaijani soldiers near the border.",
        &["country:armenia -attacks-> country:azerbaijan [asserted]"],
    ),
    (
        "Egyptian troops did not kill three Libyans in the clash.",
        &["country:egypt -kills-> country:libya [negated]"],
    ),
    (
        "Iraqi troops may have killed at least 12 Kuwaitis near the border.",
        &["country:iraq -kills-> country:kuwait [hypothetical]"],
    ),
    (
        "Israeli special forces shot dead three Hamas commanders near the camp.",
        &["country:israel -kills-> org:hamas [asserted]"],
    ),
    (
        "Moroccan police plan to arrest four Algerians near the border.",
        &["org:moroccan-police -arrests-> country:algeria [intended]"],
    ),
    (
        "Ethiopian troops attacked and killed eight Eritreans near the town.",
        &[
            "country:ethiopia -attacks-> country:eritrea [asserted]",
            "country:ethiopia -kills-> country:eritrea [asserted]",
        ],
    ),
];

#[test]
fn relation_cases() {
    let mut failures = Vec::new();
    for (text, want) in RELATIONS {
        let got = relations(&analyze(text));
        for w in *want {
            if !got.iter().any(|g| g == w) {
                failures.push(format!("{text:?}\n  wants {w}\n  got   {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (text, relations that must NOT be present)
const NOT_RELATIONS: &[(&str, &[&str])] = &[
    // A surname alone does not make the lexicon's leader of that name a country's member.
    (
        "Major gains in grain futures were posted in Britain on Monday.",
        &["person:john-major -member_of->"],
    ),
    // Buying a company's unit does not buy the company.
    (
        "Ostrel Corp's acquisition of Dunmore Corp's Canadian unit was approved.",
        &["-buys-> org:dunmore-corp"],
    ),
    (
        "Ostrel Corp completed the acquisition of Dunmore Corp <DUN>'s parts division.",
        &["-buys-> org:dunmore-corp"],
    ),
    // The destination of a visit named before the visitor is not the visitor's country.
    (
        "The visit to Oslo by Trade Minister Ivo Darnell was delayed by a week.",
        &["person:ivo-darnell -member_of-> country:norway"],
    ),
    // A body is no member of itself.
    (
        "The forecast was in line with estimates of the Varnish Producers Association, VPA, a VPA official said.",
        &[
            "org:varnish-producers-association -member_of->",
            "org:vpa -member_of->",
        ],
    ),
    // rela17: a name right before a modal is the subject of the clause a verb introduces,
    // not its object; calling on a person with nothing for them to do is no appeal.
    (
        "Alan Crane pledged Labour would win the seat.",
        &["person:alan-crane -agrees->"],
    ),
    (
        "Henry Kissel is to call on President Tomas Reyna in Lima on Monday.",
        &["person:henry-kissel -appeals->"],
    ),
    // pron16: no object pronoun read when two people could be meant, when the only person
    // is the actor, for "it", against an honorific, inside a quotation, for a verb far from
    // its subject, or for a person's own "his".
    (
        "Tom Reyes met Ann Kowal in Paris. Governor Paul Draper criticised him on Friday.",
        &["person:paul-draper -criticizes->"],
    ),
    (
        "Paul Draper won the vote on Monday. Paul Draper praised him.",
        &["-praises->"],
    ),
    (
        "Senator Ruth Okafor spoke on Monday. Barclays criticised it.",
        &["-criticizes->"],
    ),
    (
        "Mrs Ruth Okafor spoke on Monday. Governor Leon Marsh attacked him.",
        &["-criticizes->"],
    ),
    (
        "Ruth Okafor spoke on Monday. \"Leon Marsh attacked him,\" she said.",
        &["person:leon-marsh -criticizes->"],
    ),
    (
        "Leon Marsh spoke on Monday. Ruth Okafor won twice, providing him with a lead.",
        &[
            "person:ruth-okafor -cooperates->",
            "person:ruth-okafor -aids->",
        ],
    ),
    (
        "Ruth Okafor spoke on Monday. Leon Marsh defended her record.",
        &["person:leon-marsh -supports-> person:ruth-okafor"],
    ),
    // meet16: an ended partnership is no cooperation; met expectations, explained to
    // reporters and a trip to the shops are no encounters; a person has no joint venture.
    (
        "Renault ended its 12-year partnership with Nissan last year.",
        &["-cooperates->"],
    ),
    (
        "Volkswagen negotiated an end to its alliance with Toyota.",
        &["-cooperates->"],
    ),
    (
        "Angela Merkel met expectations in Berlin with ease.",
        &["-meets->"],
    ),
    (
        "Angela Merkel explained the rules to reporters.",
        &["-meets->"],
    ),
    ("Angela Merkel took a trip to the shops.", &["-visits->"]),
    (
        "Gerhard Schroeder has a joint venture with Renault.",
        &["-cooperates->"],
    ),
    // pron16b: no one named by "called him/her" when "her" owns the next noun, when two
    // people could be meant, against an honorific, or without a judgement.
    (
        "Lena Ortiz defended the plan. Party leader Tom Fray called her husband a liar.",
        &["person:tom-fray -accuses-> person:lena-ortiz"],
    ),
    (
        "Mark Delaney and Paul Ruiz announced their bids. Sara Venn called him a liar.",
        &["person:sara-venn -accuses->"],
    ),
    (
        "He took office after the death of Karl Dorn. Tom Fray called him a disgrace.",
        &["person:tom-fray -criticizes->"],
    ),
    (
        "Mrs Lena Ortiz defended the plan. Tom Fray called him a liar.",
        &["-accuses->"],
    ),
    (
        "Mark Delaney announced his bid. Sara Venn called him to congratulate him.",
        &["person:sara-venn -criticizes->"],
    ),
    // affil16: "deputy" before "governor" qualifies it (no parliament); a party or a
    // courtesy title is no firm reporting on its officer; an indented line opens a new
    // paragraph, it does not carry the apposition on; "of" without a reporting verb.
    (
        "Inflation in Mexico slowed in May, and senior deputy governor Ramon Telles said rates would fall.",
        &["person:ramon-telles -member_of-> org:mexican-parliament"],
    ),
    (
        "The Liberal Democrats said Dr Owain Pryce needed to change policy.",
        &["person:owain-pryce -member_of->"],
    ),
    (
        "Brindle Foods Inc said Mr Oren Maddox would retire.",
        &["person:oren-maddox -member_of->"],
    ),
    (
        "\"Rates will fall,\" said Jo Hale, a trader\n     Castell Securities Inc shares rose five pct on the news.",
        &["person:jo-hale -member_of->"],
    ),
    (
        "Talks between Walter Pryde, of Castell Securities Inc, and the union ended.",
        &["person:walter-pryde -member_of->"],
    ),
    // rel15: paying for things, or for someone named by a pronoun only, is no aid and no
    // travel of the payer; challenging a ruling or someone's figures is no demand; funding
    // one's own trip funds no place.
    (
        "Leon Marsh paid for the drinks with Governor Ruth Okafor.",
        &["-aids->"],
    ),
    (
        "Businessman Leon Marsh paid for him to fly to Geneva.",
        &["person:leon-marsh -visits->", "-aids->"],
    ),
    (
        "Senator Paul Draper challenged the ruling of Judge Ruth Okafor.",
        &["-demands->"],
    ),
    (
        "Senator Paul Draper challenged Governor Ruth Okafor's figures.",
        &["-demands->"],
    ),
    (
        "Leon Marsh funded his own trip to Kenya, Senator Paul Draper said.",
        &["-aids->", "-cooperates->"],
    ),
    (
        "Senator Paul Draper was paid for his speech by Vantix Corp.",
        &["-aids->"],
    ),
    ("Norway gave Malawi's farmers a warm welcome.", &["-aids->"]),
    (
        "Economist Lena Holt said banks would grant Peru new loans.",
        &["person:lena-holt -aids->"],
    ),
    (
        "Orbis Group said it might sell its Delta Bank unit after its proposed 900 mln dlr acquisition of Norvale Corp.",
        &["org:delta-bank -buys->"],
    ),
    (
        "Analysts say the only way out is for Germany to join forces with France.",
        &["-cooperates-> country:france [asserted]"],
    ),
    // A modal before the speaker's verb is no stance yet (the event finder marks it
    // intended); "critics of X" and "the leader of X" are judged, not X.
    (
        "\"I will support Governor Omar Haddad,\" Nadia Karim said.",
        &["-supports-> person:omar-haddad [asserted]"],
    ),
    // (A denial is marked negated by the event finder, never asserted.)
    (
        "\"I do not support Governor Omar Haddad,\" Nadia Karim said.",
        &["-supports-> person:omar-haddad [asserted]"],
    ),
    (
        "Lena Brandt said critics of Tomas Willer were wrong.",
        &["-criticizes-> person:tomas-willer"],
    ),
    (
        "Lena Brandt said the treasurer of the Green Alliance was incompetent.",
        &["-criticizes-> org:green-alliance"],
    ),
    // Defending what a country, body or place has is no backing of it; nor is defending
    // one's own record; "critics of X" are nobody named; "rallies" is a noun.
    (
        "Senator Ada Quill defended Canada's trade policy on Monday.",
        &["-supports-> country:canada"],
    ),
    (
        "Governor Ben Lott defended his record on Sunday.",
        &["-supports->"],
    ),
    (
        "Critics of Governor Ben Lott say he has ignored the farmers.",
        &["-criticizes-> person:ben-lott"],
    ),
    (
        "Senator Ada Quill spoke at rallies around Portugal last week.",
        &["-supports-> country:portugal"],
    ),
    // Near misses of trips and meetings named by other words.
    (
        "Chancellor Jan Brodski said a trip to the shops cost him a day.",
        &["-visits->"],
    ),
    (
        "The talks between the unions collapsed on Monday.",
        &["-negotiates->"],
    ),
    (
        "Visit our website to read what President Carlos Medina said in Chile.",
        &["-visits->"],
    ),
    (
        "President Carlos Medina addressed the United Nations on Monday.",
        &["-meets->"],
    ),
    (
        "Senator Ada Quill and Governor Ben Lott addressed the rally.",
        &["-meets->"],
    ),
    (
        "Senator Ada Quill promised to address U.S. concerns about Chile.",
        &["-meets->"],
    ),
    (
        "Sales fell due to sanctions imposed by Chile on Peru.",
        &["[intended]"],
    ),
    // No body across a verb or a clause before the title; a bare "Treasury" is not the U.S.
    // one's country in an article on Italy; "opposition party" is not the article's party.
    (
        "The Senate overrode President Reagan's veto.",
        &["person:ronald-reagan -member_of-> org:us-senate"],
    ),
    (
        "The Brazilian party PMDB praised Finance Minister Joao Serra for the plan.",
        &["person:joao-serra -member_of-> org:pmdb"],
    ),
    (
        "A senior Defense Department official said he believed President Reagan would veto the bill.",
        &["person:ronald-reagan -member_of-> org:pentagon"],
    ),
    (
        "The Italian cabinet backed Treasury Minister Gino Ferrante on Friday, Italian officials said in Rome. Italy wants growth.",
        &["person:gino-ferrante -member_of-> country:united-states"],
    ),
    (
        "The Labour Party won the vote. Opposition party leader Ivo Stern conceded.",
        &["person:ivo-stern -member_of-> org:uk-labour-party"],
    ),
    // "Social Democrat" is another party than the U.S. Democrats; "Labour Minister" in an
    // article on Peru is a portfolio; a place before a private occupation is no body; a
    // capital named as a venue does not make the bare title's country; a firm is no person.
    // A party noun apposition: not before a noun ("a Republican consulting firm"), not a
    // foreign party's member noun in an article on another country, not another party's tail.
    (
        "Dale Hobart, a Republican polling firm, said Ohio voters were split.",
        &["person:dale-hobart -member_of-> org:republican-party"],
    ),
    (
        "In Thailand, lawmaker Anan Boonmee, a Democrat, said the Thai budget was late.",
        &["person:anan-boonmee -member_of-> org:democratic-party"],
    ),
    (
        "German voters in Berlin backed Jens Kohl, a Social Democrat, in Germany.",
        &["person:jens-kohl -member_of-> org:democratic-party"],
    ),
    // A bracketed letter in a story of another country than the party's.
    (
        "In Mexico, Tomas Ruiz (D) spoke.",
        &["person:tomas-ruiz -member_of-> org:democratic-party"],
    ),
    // A home place in another country than the party's.
    (
        "Senator Aldo Ferri of Milan, a Republican, objected.",
        &["person:aldo-ferri -member_of-> org:republican-party"],
    ),
    // ", D-" before a word that is no state is no party tag.
    (
        "Mr. Ned Farrow, D-Day veteran, laid a wreath.",
        &["person:ned-farrow -member_of-> org:democratic-party"],
    ),
    // A plural alias names the party, not the next person as its member.
    (
        "The rebels included Tories Ken Barlow and Sam Crane.",
        &["person:ken-barlow -member_of-> org:uk-conservative-party"],
    ),
    (
        "Social Democrat leader Jussi Lahti said taxes would rise.",
        &["person:jussi-lahti -member_of-> org:democratic-party"],
    ),
    (
        "The Peruvian government raised wages. Labour Minister Ana Quispe said Peru would act.",
        &["person:ana-quispe -member_of-> org:uk-labour-party"],
    ),
    (
        "Ohio investor Dale Marsh bought the stake.",
        &["person:dale-marsh -member_of-> loc:ohio"],
    ),
    (
        "Finance Minister Karl Brenn pledged at the talks in Paris to cut taxes.",
        &["person:karl-brenn -member_of-> country:france"],
    ),
    (
        "Arsenal signed Sarah Pell from Chelsea last week.",
        &["person:sarah-pell -member_of-> org:chelsea"],
    ),
    (
        "Dermot Halloran spoke on Monday. Dermot Halloran's Brisk Holdings interview aired later.",
        &["person:dermot-halloran -member_of-> org:brisk-holdings"],
    ),
    (
        "Mayor Paul Dunne opened it. Paul's Diner Inc said sales rose.",
        &["person:paul-dunne -member_of-> org:diner-inc"],
    ),
    // Descriptions: two people of the office named before give neither; a demonym that
    // disagrees gives no one; a bare "the company" after a verb is not resolved.
    (
        "Peruvian Prime Minister Carla Moss met Chilean President Tomas Vell and Argentine President Mario Duarte. The Peruvian prime minister later criticised the president.",
        &[
            "-criticizes-> person:tomas-vell",
            "-criticizes-> person:mario-duarte",
        ],
    ),
    (
        "Chilean President Tomas Vell met Peruvian Prime Minister Carla Moss in Lima. The Bolivian president later criticised the Peruvian prime minister.",
        &["person:tomas-vell -criticizes->"],
    ),
    (
        "Chilean President Tomas Vell met the Argentine president, Mario Duarte, on Friday.",
        &["-meets-> country:argentina"],
    ),
    (
        "Boeing cut 500 jobs on Monday. Airbus has also sued the company.",
        &["org:airbus -accuses-> org:boeing"],
    ),
    // A title the article states wins over the lexicon's best-known one: a former president
    // is not "the president".
    (
        "Former President Bill Clinton spoke in Ohio on Monday. Senator Ada Quill later criticised the president.",
        &["-criticizes-> person:bill-clinton"],
    ),
    (
        "Boeing cut 500 jobs on Monday. Airbus has also sued the French company.",
        &["-accuses-> org:boeing", "-accuses-> country:france"],
    ),
    // A title that opens the next name of a list describes that name, not the one before.
    (
        "Pierre Vallon, German chancellor Dieter Hansmann and Ana Costa met in Lisbon.",
        &["person:pierre-vallon -member_of-> country:germany"],
    ),
    (
        "Tom Reyes, Senator Ada Quill and Governor Ben Lott spoke in Ohio.",
        &["person:tom-reyes -member_of-> org:us-senate"],
    ),
    // A described name after a bare comma with no "and" after it opens another clause.
    (
        "Senator Marta Kessler met Governor John Pell, Finance Minister Karl Brandt told reporters.",
        &["person:marta-kessler -meets-> person:karl-brandt"],
    ),
    (
        "Senator Marta Kessler met Governor John Pell, Finance Minister Karl Brandt welcomed the news.",
        &["person:marta-kessler -meets-> person:karl-brandt"],
    ),
    // "brief" as an adjective is no briefing.
    (
        "Senator Marta Kessler held brief talks on Sunday with Governor John Pell.",
        &["person:marta-kessler -meets->"],
    ),
    // "In talks with X, the Y urged": X is in a phrase of its own, not a second subject.
    (
        "In talks with Governor John Pell, the European Union urged Peru to act.",
        &["person:john-pell -appeals->"],
    ),
    // Subjects that talk to someone else do not talk to each other.
    (
        "Chile, Peru, Bolivia and the European Union will talk to investors in Lima.",
        &["country:chile -negotiates->", "country:peru -negotiates->"],
    ),
    // Envoys from places that include a name are not its envoys.
    (
        "Senator Marta Kessler met officials from banks including Barclays.",
        &["-meets-> org:barclays"],
    ),
    // Envoys from a demonym's common noun name no country.
    (
        "Senator Marta Kessler met representatives from Chilean banks.",
        &["-meets-> country:chile"],
    ),
    // A hyphenated pair before any other noun is no meeting.
    (
        "The Chile-Peru war ended long ago.",
        &["country:chile -", "country:peru -"],
    ),
    // The country visited, or the other side's, is not the untitled minister's own.
    (
        "A visit by Chancellor Greta Lindqvist to Chile was cancelled.",
        &["person:greta-lindqvist -member_of-> country:chile"],
    ),
    (
        "Foreign Minister Ivo Kranjc met his Italian counterpart in Rome.",
        &["person:ivo-kranjc -member_of-> country:italy"],
    ),
    // A reported clause whose own subject names no one: the speaker is not the actor.
    (
        "Senator Ana Quell said the government would now meet Norvane Holdings.",
        &["person:ana-quell -meets->"],
    ),
    // A demonym before a descriptor with no name behind it stands for no one.
    (
        "Norvane Holdings criticised Canadian software maker Tessaly Group on Monday.",
        &["-criticizes-> country:canada"],
    ),
    (
        "Norvane Holdings criticised a Dutch firm on Monday.",
        &["-criticizes-> country:netherlands"],
    ),
    // "The company" after two companies named alike: no antecedent.
    (
        "Marlow Holdings Inc and Dunmore Corp reported profits. The company agreed to buy Tessel Ltd.",
        &["-buys-> org:tessel-ltd"],
    ),
    // "her" after the one met: the visitor may be either.
    (
        "Prime Minister Ivo Kranjc met Chancellor Greta Lindqvist on her first visit to Berlin.",
        &["-visits-> country:germany"],
    ),
    // "it" is no person.
    (
        "Analyst Tom Reddy said it would buy Osterby Inc.",
        &["person:tom-reddy -buys->"],
    ),
    // Several companies in the description's own sentence: nothing to choose.
    (
        "Rating agency Dexter Ratings Corp affirmed the debt of Holm Motors Corp and Holm Finance Corp after the automaker's agreement to acquire Vell Systems Inc.",
        &["-buys-> org:vell-systems-inc"],
    ),
    // A place before a title is where the office is, not who is backed.
    (
        "Senator Maria Costa announced her support for the Ohio governor on Thursday.",
        &["-supports-> loc:ohio"],
    ),
    // An ambassador to a country does not belong to it.
    (
        "Tom Pike, ambassador to France, said so.",
        &["-member_of-> country:france"],
    ),
    // "as a guest" of someone else's sentence is no title of the subject's.
    (
        "Lena Marsh, who spoke to Harlow Bank as a guest, left.",
        &["-member_of->"],
    ),
    // A well-known senator's chamber is his own country's, whatever country the sentence names.
    (
        "Sen. Bernie Sanders agreed with the German plan.",
        &["-member_of-> org:german-parliament"],
    ),
    // An adjunct's encounter belongs to its clause's subject: not to one who sends another,
    // a later coordinate of an object, or a company named in the speaker's apposition.
    (
        "President Carlos Medina is sending Foreign Minister Jan Brodski to Chile for talks with Interior Minister Anna Kowalczyk.",
        &["person:carlos-medina -negotiates->"],
    ),
    (
        "Finance Minister Anna Kowalczyk will brief Prime Minister Jan Brodski and Interior Minister Carlos Medina before travelling to Chile.",
        &[
            "person:carlos-medina -visits->",
            "person:jan-brodski -visits->",
        ],
    ),
    (
        "Finance Minister Anna Kowalczyk, chief executive of Norway's largest bank, Nordbank, said that following meetings with Prime Minister Jan Brodski, she was confident.",
        &["org:nordbank -meets->"],
    ),
    (
        "Interior Minister Anna Kowalczyk called for talks with Chile.",
        &["-negotiates->"],
    ),
    // "while" opens its own clause: the visitor is not the main clause's subject.
    (
        "Interior Minister Anna Kowalczyk was referring to Chancellor Jan Brodski's account of coming under fire while visiting Chile.",
        &["person:anna-kowalczyk -visits->"],
    ),
    (
        "President Carlos Medina has praised the vote to leave the European Union as historic, telling reporters during a visit to Chile that it was right.",
        &["org:european-union -visits->"],
    ),
    // A name after a comma that a reporting verb follows is no further partner.
    (
        "Interior Minister Anna Kowalczyk spoke. Prime Minister Jan Brodski will leave on Monday for talks with President Carlos Medina, Kowalczyk said.",
        &[
            "-negotiates-> person:anna-kowalczyk",
            "-negotiates-> person:kowalczyk",
        ],
    ),
    // A sale of goods that are no weapons states no arms deal.
    ("Chile sold copper to Peru last year.", &["sells"]),
    // A company's legal name before a word is no product: buying it is a takeover.
    (
        "Palmora Corp said it purchased Kessler Inc earlier this year.",
        &["-cooperates->"],
    ),
    // Accepting anything but a proposal is no agreement with anyone.
    (
        "Kessler Ltd accepted responsibility for the losses at Palmora Corp.",
        &["-agrees->"],
    ),
    // Only companies merge: a demonym describes the partner.
    (
        "Palmora Corp merged with Dutch steel maker Veldhuis.",
        &["-cooperates-> country:netherlands"],
    ),
    // Talks with unnamed people name no partner; a demonym before a non-agent noun is no side.
    (
        "Ilse Brandauer said progress was made in talks with commercial banks on loans to Peru.",
        &["-negotiates->"],
    ),
    (
        "Palmora Corp is in talks with a Canadian company.",
        &["-negotiates-> country:canada"],
    ),
    // The infinitive's own subject agrees, not the wanting sides; a country describing a
    // company is not the side ties are cut with.
    (
        "The United States and France want the seven nations to agree on rates.",
        &["country:united-states -agrees->"],
    ),
    (
        "Toyota severed ties with its Philippine distributor.",
        &["-cuts_ties-> country:philippines"],
    ),
    // ... but not when another country is nearly as present, nor for an opposition post.
    (
        "Kenya's exports to Peru rose. Kenya and Peru will tax tea. Trade minister Odhiambo Wekesa said the tax was fair.",
        &["person:odhiambo-wekesa -member_of->"],
    ),
    (
        "Kenya's exports rose. Kenya will tax tea. Shadow trade minister Odhiambo Wekesa said the tax was unfair.",
        &["-member_of-> country:kenya"],
    ),
    // ... nor for a minister travelling to that country: a visitor's office is another's.
    (
        "Finance Minister Anna Kowalczyk will travel to Washington on Friday.",
        &["-member_of-> country:united-states"],
    ),
    (
        "Kenya's exports rose. Kenya will tax tea, Kenyan farmers said. Trade minister Odhiambo Wekesa will fly to Kenya next week.",
        &["-member_of-> country:kenya"],
    ),
    // A phrase after a visited minister's name that a reporting verb follows is the next
    // clause's subject, not the minister's description.
    (
        "After a meeting with Chilean Finance Minister Anna Kowalczyk, the Canadian banker said he was pleased.",
        &["-member_of-> country:canada"],
    ),
    // "at" a place where someone was met; siding with a body; a person's possessive; a
    // labour portfolio.
    (
        "The minister met Dana Whitlow at Goldman Sachs on Monday.",
        &["-member_of-> org:goldman-sachs"],
    ),
    (
        "Dana Whitlow joined Barclays in calling for lower rates.",
        &["-member_of-> org:barclays"],
    ),
    // Without "who", leading a body is no statement that one belongs to it.
    (
        "Dana Whitlow led Vantor Industries Inc to a loss.",
        &["-member_of-> org:vantor-industries-inc"],
    ),
    (
        "The court heard the case of Acme Corp but his lawyer, Dana Whitlow, said it was weak.",
        &["-member_of-> org:acme-corp"],
    ),
    (
        "Unions in Bolivia met the Labour minister, Carlos Medina, on Monday.",
        &["-member_of-> org:uk-labour-party"],
    ),
    // Asking another side to act is not acting.
    (
        "King Hamad may ask Britain to restore diplomatic relations with Syria.",
        &["person:hamad-bin-isa-al-khalifa -cooperates->"],
    ),
    (
        "Germany urged France to sanction Russia.",
        &["country:germany -sanctions->"],
    ),
    // "fired" needs munitions before "at": dismissing people is no attack.
    (
        "Halvard Steel fired 200 workers at its plant in Germany.",
        &["-attacks->"],
    ),
    // A meeting named by a noun after another noun is no meeting of the subjects.
    (
        "Canada and the EC told a GATT council meeting that the fee is illegal.",
        &["-meets->", "-negotiates->"],
    ),
    // ... not when the party goes unnamed (a leader's country is stated: see `RELATIONS`).
    (
        "Angela Merkel opened the fair in Hanover on Monday.",
        &["person:angela-merkel -member_of-> org:cdu"],
    ),
    // "of Thailand's board": the possessor is not the person's body.
    (
        "Chairman Mano Virat of Thailand's tin board said prices fell.",
        &["-member_of-> country:thailand"],
    ),
    // A plural common noun subject names no one: no entity further left is the actor.
    (
        "In documents filed in a Texas court ahead of Mr Varns' sentencing, prosecutors blamed Boeing's managers for the losses.",
        &["-accuses->"],
    ),
    // Protection from anything but forces is no attack.
    (
        "The treaty protects Canada from American tariffs.",
        &["-attacks->"],
    ),
    // A counted demonym before a common noun other than people under force is no country.
    (
        "Senator Mara Quill criticised the two German members of the panel.",
        &["-criticizes-> country:germany"],
    ),
    // The agent of a passive verb is not the seller.
    (
        "The sale of the Hollis unit was approved by the Vantor Commission.",
        &["-sells->"],
    ),
    // Firing a person is no attack.
    ("President Trump fired Comey in May.", &["-attacks->"]),
    // "the purchase of" with no possessor has no buyer; Washington only considers it.
    (
        "Washington considers the purchase of the S-400 from Russia a threat.",
        &["country:united-states -buys-> weapon:s-400"],
    ),
    // A demonym modifying a person is not the target.
    (
        "The drone strike killed Iranian General Qassem Soleimani.",
        &["-kills-> country:iran"],
    ),
    // "the clearest sign" is a noun, not the verb "sign".
    (
        "It was the clearest sign of the crisis in Iraq.",
        &["-signs->"],
    ),
    // Verbs take their object, not any entity later in the clause.
    (
        "Russia signed the agreement in Beijing on Monday.",
        &["-signs-> country:china"],
    ),
    (
        "Gordon Brown refused to say whether Tony Blair would resign.",
        &["-rejects->"],
    ),
    (
        "Two local councillors who back Mr Flight met Mr Tanguay.",
        &["person:flight -meets->"],
    ),
    (
        "Michael Howard launched an attack on the cost of Britain's asylum system.",
        &["-attacks-> country:united-kingdom"],
    ),
    // A verb form after a preposition is a noun.
    (
        "\"Prices are picking up,\" said Steve Roukis, an analyst at fund manager Matrix Asset Advisors.",
        &["-aids->"],
    ),
    // Only movement and force take places: "meet expectations" is no meeting.
    (
        "Scott Sullivan admitted he was willing to lie to meet Wall Street expectations.",
        &["-meets-> loc:wall-street"],
    ),
    // A raid *in* a country is not a raid *on* it.
    (
        "Abu Bakr al-Baghdadi was killed in a U.S. raid in Syria.",
        &["-attacks-> country:syria"],
    ),
    // A capitalised trigger before another capitalised word is part of a title.
    (
        "James Baker met Japanese Finance Minister Kiichi Miyazawa in Paris.",
        &["-aids->"],
    ),
    (
        "Ariel Sharon and finance minister Binyamin Netanyahu agreed on the budget.",
        &["-aids->"],
    ),
    // Only a hostile act is threatened.
    (
        "Argentina has threatened to follow Brazil in suspending interest payments.",
        &["-threatens-> country:brazil"],
    ),
    // Receiving a contract is no meeting.
    (
        "BDM International Inc said it received a U.S. Army contract worth five mln dlrs.",
        &["-meets->"],
    ),
    // An -s verb form after a non-subject is a plural noun.
    (
        "Bluegrass Broadcasting Co Inc agreed to sell two radio stations to TK Communications.",
        &["-deploys->"],
    ),
    // A country modifying the goods is not what was bought.
    (
        "Japan has increased its purchases of U.S. wheat this year.",
        &["-buys-> country:united-states"],
    ),
    // Games in sports reports are no diplomacy.
    (
        "Zambia will meet Lesotho in the quarter-final, the striker said after the league game.",
        &["-meets->"],
    ),
    // A headline states no event: the story does, with its modality.
    (
        "Syrian Lawmakers Vote to Expel France From Talks",
        &["-expels->"],
    ),
    // A capitalised word after a demonym is a name (a currency), not a verb.
    (
        "The Lebanese Pound fell against the U.S. dollar.",
        &["-attacks->"],
    ),
    // "visiting" before a noun phrase describes the visitor.
    (
        "Premier Ilse Varnholt told visiting Chilean Foreign Minister Tomas Reyes of the plan.",
        &["-visits->"],
    ),
    // The possessor of the subject noun does not act ("Brazil's slowdown").
    (
        "Brazil's slowdown has hit Argentine exporters.",
        &["country:brazil -attacks->"],
    ),
    // "hedge fund" is a noun.
    (
        "Shareholders such as US hedge fund Pell Capital objected.",
        &["-aids->"],
    ),
    // The possessor before a named head is not the target.
    (
        "Norway's backing for Chile's old rival Peru angered Lima.",
        &["-supports-> country:chile"],
    ),
    // Meeting someone's cross, needs or demands is no meeting with them.
    (
        "Prime Minister Lars Holm met Norway's demands in full.",
        &["-meets->"],
    ),
    // Capturing places is no arrest.
    (
        "Ugandan troops captured Congolese army posts near the border.",
        &["-arrests->"],
    ),
    // One span gives one event: "air strikes" is a bombing, not an attack as well.
    (
        "Turkey carried out air strikes on Syria on Monday.",
        &["-attacks->"],
    ),
    // A place after "in" is the venue of talks, not a party to them.
    (
        "Iran held talks in Paris on Monday.",
        &["-negotiates-> country:france"],
    ),
    (
        "Premier Ilse Varnholt leaves on her third official visit to Chile on Monday, weeks after President Otto Brandt imposed tariffs on Peru.",
        &["-visits-> country:peru"],
    ),
    // Referees and defenders make a sports report.
    (
        "The referee sent off a defender. Afterwards Brazil met Germany again on Sunday.",
        &["-meets->"],
    ),
    // Teams meeting in a cup match are no diplomacy.
    (
        "Brazil will meet Germany in Sunday's cup match.",
        &["-meets->"],
    ),
    // Only the closer side's name is described by ", which"; one that follows a verb is not.
    (
        "Talks with Iran, which began in May, have stalled.",
        &["-negotiates->"],
    ),
    // "ordered" with no weapon after it buys nothing.
    ("The court ordered Boeing to pay Airbus.", &["-buys->"]),
    // Signing what is not a document between the signers is no signing with each other.
    ("Chile and Peru signed the papers.", &["-signs->"]),
    // A brand or a demonym that describes the buyer is not a company deal.
    ("US gamers will be able to buy Sony consoles.", &["-buys->"]),
    (
        "A German firm wanted to buy Fiat.",
        &["country:germany -buys->"],
    ),
    // Selling something to a company does not make the buyer buy the seller (session 44:
    // the seller sells to the buyer, the dyad arms sales give: "Russia sells Turkey").
    ("Fiat will sell its car division to GM.", &["-buys->"]),
    // The one told is not the buyer.
    (
        "Kestrel Partners told the Securities and Exchange Commission it has acquired 5 pct of Unicorp Inc.",
        &["org:sec -buys->"],
    ),
    // "fought back a bid" supports no one.
    (
        "Sweden's Wallenberg group fought back a bid by Peru.",
        &["-supports->"],
    ),
    // A party adjective alone, or opening a longer name, is not the party.
    ("He is a Republican at heart.", &["republican-party"]),
    (
        "The Democratic Justice Party will ask President Chun to act.",
        &["org:democratic-party"],
    ),
    // No stance: denied, asked, hedged, negated, a claim reported, someone else's words
    // inside the quote, a financial "outstanding", a predicate of a preposition's object.
    (
        "Lena Brandt denied that Tomas Willer had lied to the council.",
        &["-accuses->"],
    ),
    (
        "Lena Brandt asked whether Tomas Willer had misled the council.",
        &["-criticizes->"],
    ),
    (
        "Lena Brandt said Tomas Willer might have misled the council.",
        &["-criticizes->"],
    ),
    (
        "Lena Brandt said Tomas Willer was not to blame for the flooding.",
        &["-accuses->", "-criticizes->"],
    ),
    (
        "Lena Brandt rejected claims that Tomas Willer was corrupt.",
        &["-criticizes->"],
    ),
    (
        "Lena Brandt said Pavel Moroz had called Tomas Willer a liar.",
        &["person:lena-brandt -accuses->"],
    ),
    (
        "Lena Brandt said it would be a disaster if Tomas Willer won.",
        &["-criticizes->"],
    ),
    (
        "Harlow Mining said it now holds 40 pct of Dunmore Gold's outstanding shares.",
        &["-praises->"],
    ),
    (
        "Lena Brandt said sales in Portugal were weak in March.",
        &["-criticizes->"],
    ),
    (
        "Lena Brandt said Portugal's earthquake disaster shocked Spain.",
        &["-criticizes->"],
    ),
    // No stance: negated, conditional, passive, or a financial term.
    (
        "\"Omar Haddad is not a liar,\" Nadia Karim said.",
        &["-accuses->"],
    ),
    (
        "Nadia Karim said sanctions would follow if Omar Haddad failed to pay.",
        &["-criticizes->"],
    ),
    (
        "Nadia Karim said the Senate was misled about the deal.",
        &["-criticizes->"],
    ),
    (
        "Acme Corp said it bought all outstanding Vantor Industries Inc shares.",
        &["-praises->"],
    ),
    // A body before a title word is the unnamed person's employer, not the target.
    (
        "Omar Haddad accused an Acme Times reporter of lying.",
        &["-accuses->"],
    ),
    // An armed group's attack is no criticism.
    ("Hamas attacked Israel on Monday.", &["-criticizes->"]),
    // No stance: the object of a preposition, the second of two subjects, a question, a
    // barrier that is a wall, a plan followed by an infinitive.
    (
        "\"Talks between Egypt and Turkey have failed,\" Nadia Karim said.",
        &["-criticizes->"],
    ),
    (
        "Nadia Karim said Omar Haddad visited Egypt and Turkey and has failed to win support.",
        &["-criticizes-> country:turkey"],
    ),
    (
        "\"Does this mean Egypt abandons its plan to join Turkey?\" Nadia Karim asked.",
        &["-criticizes->"],
    ),
    (
        "Nadia Karim said Turkey's security barrier was built by Egypt in 2003.",
        &["-criticizes->"],
    ),
    (
        "Nadia Karim said Egypt's plan to export rice to Turkey has failed.",
        &["-criticizes->"],
    ),
    // Objects of mixed kinds are coordinated only by "and", never a demonym before a noun.
    (
        "Olaf Scholz met Vodafone and Egyptian officials in Turkey.",
        &["-meets-> country:egypt"],
    ),
    // A country naming the topic of someone's policy is not judged.
    (
        "Nadia Karim said her Iran policy was wrong, and Turkey agreed.",
        &["-criticizes-> country:iran"],
    ),
    ("Israel attacked Gaza over the weekend.", &["-criticizes->"]),
    // A name describing an unnamed receiver receives nothing.
    (
        "A Texas farmer has drawn support from George Bush.",
        &["-supports-> loc:texas"],
    ),
    // Each pair of sides once, in the order named.
    (
        "Iraq, Iran and Syria met in Baghdad.",
        &[
            "country:syria -meets->",
            "country:iran -meets-> country:iraq",
        ],
    ),
    // A bid for anything but a body buys nothing.
    ("Vodafone made a bid for the 2030 World Cup.", &["-buys->"]),
    (
        "Mitt Romney is ending his bid for the White House.",
        &["-buys->"],
    ),
    // A public body approving a bid is not the bidder.
    (
        "The European Commission said it had approved the takeover bid for Kessler Corp.",
        &["-buys->"],
    ),
    // "and" between two clauses does not join the doer to a name before it.
    (
        "\"Talks between Egypt and Congress have failed,\" Nadia Karim said.",
        &["-criticizes-> org:us-congress"],
    ),
    (
        "Nadia Karim said talks between the African Union (AU) and Congress had failed.",
        &["-criticizes-> org:us-congress"],
    ),
    // Business events (biz11): a possessor is not what is taken over; a demonym is not who
    // wins a contract; a country makes no takeover offer; a stake held is no purchase.
    (
        "The takeover of Brandt Corp's Selby Tools Inc by Harnell Group Plc was approved.",
        &["-buys-> org:brandt-corp"],
    ),
    (
        "The ministry awarded the pipeline contracts to a Canadian firm.",
        &["-cooperates-> country:canada"],
    ),
    (
        "Vellmont Corp, which owns a 40 pct stake in Arkwell Inc, said profits rose.",
        &["-buys->"],
    ),
    (
        "Fernhill Trust Inc will invest 20m euros in its Italian plant.",
        &["-cooperates-> country:italy"],
    ),
    // Calling someone on the phone, a body called by its name, "so-called", a negated
    // naming, anger at no one named, accepting an award.
    (
        "Rosa Pike called Tom Brandt to congratulate him on his victory.",
        &[
            "-criticizes-> person:tom-brandt",
            "-praises-> person:tom-brandt",
        ],
    ),
    (
        "A charity called Friends of Tom Brandt held a dinner, which was a disaster.",
        &["-criticizes->"],
    ),
    (
        "Rosa Pike did not call Tom Brandt a liar.",
        &["-accuses-> person:tom-brandt [asserted]"],
    ),
    (
        "Aides to Rosa Pike said it was too soon to call Tom Brandt a failure.",
        &["-criticizes-> person:tom-brandt"],
    ),
    (
        "Senator Rosa Pike was angry at the weather and the lie detector.",
        &["-criticizes->"],
    ),
    (
        "Governor Tom Brandt accepted the award from Rosa Pike on Friday.",
        &["-agrees->"],
    ),
    // relb17: the noun phrase of a partner's agents ends at a preposition: the place or
    // the mediator after it is no partner.
    (
        "Canada held talks with Cuban officials in Mexico.",
        &["-> country:mexico"],
    ),
    (
        "Canada has been in secret talks with Cuba brokered by Mexico.",
        &["-> country:mexico"],
    ),
];

/// (text, source, type, CAMEO code that the relation must carry)
const CAMEO_CASES: &[(&str, &str, &str, &str)] = &[
    // A warning of a hostile act is a threat (13x).
    (
        "China warned it would impose sanctions on Lithuania.",
        "country:china",
        "sanctions",
        "1312",
    ),
    // A stated intention to cooperate is its own CAMEO event (03x).
    (
        "Prime Minister Narendra Modi will meet Chinese leaders next week.",
        "person:narendra-modi",
        "meets",
        "036",
    ),
    (
        "The United States plans to send aid to Ukraine.",
        "country:united-states",
        "aids",
        "033",
    ),
    // Artillery fire is CAMEO 194, diplomatic ties 054 and 161.
    (
        "North Korea fired two artillery shells at South Korea on Thursday.",
        "country:north-korea",
        "attacks",
        "194",
    ),
    (
        "Egypt is about to restore full diplomatic ties with Iran.",
        "country:egypt",
        "cooperates",
        "054",
    ),
    (
        "Ethiopia severed diplomatic ties with Eritrea.",
        "country:ethiopia",
        "cuts_ties",
        "161",
    ),
    // A person attacking a demonym attacks in words.
    (
        "Senator Mara Quill attacked British trade policy.",
        "person:mara-quill",
        "criticizes",
        "111",
    ),
    // Company deals and trade are economic cooperation, not arms trade or aid.
    (
        "Kestrel Mining Corp said it completed its acquisition of Hollis Copper Inc.",
        "org:kestrel-mining-corp",
        "buys",
        "061",
    ),
    (
        "Norway supplied Chile with crude oil.",
        "country:norway",
        "cooperates",
        "061",
    ),
    // Capturing positions is occupying territory.
    (
        "Ugandan troops captured Congolese army posts near the border.",
        "country:uganda",
        "occupies",
        "192",
    ),
    (
        "Iraqi forces captured Iranian defence positions near Basra.",
        "country:iraq",
        "occupies",
        "192",
    ),
    (
        "Ugandan troops seized the Congolese town of Aru on Friday.",
        "country:uganda",
        "occupies",
        "192",
    ),
    // "air strikes" is one bombing (195).
    (
        "Turkey carried out air strikes on Syria on Monday.",
        "country:turkey",
        "bombs",
        "195",
    ),
    // A fine by an authority is an administrative sanction (172); a lawsuit is 115 (biz11).
    (
        "The Federal Trade Commission fined Orlen Media Inc 5 mln dlrs.",
        "org:ftc",
        "sanctions",
        "172",
    ),
];

#[test]
fn cameo_cases() {
    let mut failures = Vec::new();
    for (text, source, ty, cameo) in CAMEO_CASES {
        let a = analyze(text);
        let ok = a.relations.iter().any(|r| {
            r.source == *source && r.rel_type == *ty && r.cameo.as_deref() == Some(*cameo)
        });
        if !ok {
            failures.push(format!(
                "{text:?}\n  wants {source} -{ty}-> ({cameo})\n  got   {:?}",
                relations(&a)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn relation_non_cases() {
    for (text, bad) in NOT_RELATIONS {
        let got = relations(&analyze(text));
        for b in *bad {
            assert!(
                !got.iter().any(|g| g.contains(b)),
                "{text:?} gave {b}: {got:?}"
            );
        }
    }
}

/// (text, entities `kind:Name` that must be found)
const ENTITIES: &[(&str, &[&str])] = &[
    // An unknown given name before a surname the article uses alone for a person.
    (
        "The plan was backed by Tiriel Vorlaque. Ms Vorlaque said it would pass.",
        &["person:Tiriel Vorlaque"],
    ),
    (
        "Critics included Oskary Pendlebrook. Pendlebrook said the rules were unfair.",
        &["person:Oskary Pendlebrook"],
    ),
    // An unknown name after "in" or "near" is a place.
    (
        "The sprinter set a new record in Valdremont on Sunday.",
        &["location:Valdremont"],
    ),
    (
        "The plant near Castel Ruvano will close next year.",
        &["location:Castel Ruvano"],
    ),
    // Place-type heads: a strait, a basin.
    (
        "Output from the Korvane Strait fields fell last year.",
        &["location:Korvane Strait"],
    ),
    (
        "The company found gas in the Tallow Basin permit area.",
        &["location:Tallow Basin"],
    ),
    // "Administration" heads an agency's name of three words or more.
    (
        "The Rural Water Administration said it would lend the money.",
        &["organization:Rural Water Administration"],
    ),
    // Trades of firms before a name: broker, distributor, studio, agency, daily, union.
    (
        "Shares in insurance broker Pellworth fell sharply.",
        &["organization:Pellworth"],
    ),
    (
        "A spokesman for distributor Kamisaro said the film sold well.",
        &["organization:Kamisaro"],
    ),
    (
        "The business daily Zeitbote reported the talks.",
        &["organization:Zeitbote"],
    ),
    (
        "The state news agency Valpress said the dam had burst.",
        &["organization:Valpress"],
    ),
    // Foreign company words open a company's name.
    (
        "Analysts at Banque Orvalle said rates would fall.",
        &["organization:Banque Orvalle"],
    ),
    // Trades before a name: referee, team-mate.
    (
        "The penalty was given by referee Colm Haverty after ten minutes.",
        &["person:Colm Haverty"],
    ),
    // A venue is a place; a centre named after a person stays a body.
    (
        "Supporters gathered at the Marvell Events Center on Monday.",
        &["location:Marvell Events Center"],
    ),
    (
        "Police closed the Bexley Shopping Centre after the alarm.",
        &["location:Bexley Shopping Centre"],
    ),
    (
        "The Hadley Center said the vote was fair.",
        &["organization:Hadley Center"],
    ),
    // English regions named by compass words; the Halifax the lender, Halifax the town.
    (
        "Prices rose fastest in the North East and the South West, the Halifax said.",
        &[
            "location:North East England",
            "location:South West England",
            "organization:Halifax",
        ],
    ),
    (
        "The rig lies 200 km south of Halifax, Nova Scotia.",
        &["location:Halifax", "location:Nova Scotia"],
    ),
    // A one-word body after a company's name is part of the company's longer name.
    (
        "Rates will hold, said Tom Vardy at HBOS Treasury Services.",
        &["organization:HBOS Treasury Services"],
    ),
    // Two titled names joined by "and" are two people (not only the second).
    (
        "President Dieter Valbrek and Chancellor Greta Lindqvist met in Oslo.",
        &["person:Dieter Valbrek", "person:Greta Lindqvist"],
    ),
    (
        "Mr Ostrander and Mrs Pellworth left the hearing early.",
        &["person:Ostrander", "person:Pellworth"],
    ),
    (
        "Interior Minister Karl Mendrow and Finance Minister Ruth Alsing resigned.",
        &["person:Karl Mendrow", "person:Ruth Alsing"],
    ),
    // Two full names joined by "and" are two people.
    (
        "Harold Finch and Maria Oduya met in Leeds on Monday.",
        &["person:Harold Finch", "person:Maria Oduya"],
    ),
    (
        "Karim Elwani, an Iraqi lawmaker, said the vote was final.",
        &["person:Karim Elwani", "country:Iraq"],
    ),
    (
        "Defence Minister Anna Kowalczyk met Prime Minister Jan Brodski in Warsaw.",
        &[
            "person:Anna Kowalczyk",
            "person:Jan Brodski",
            "location:Warsaw",
        ],
    ),
    (
        "Mira Tanaka is a Research Fellow at the Center for Maritime Studies.",
        &[
            "person:Mira Tanaka",
            "organization:Center for Maritime Studies",
        ],
    ),
    (
        "The Caspian Policy Forum published a report.",
        &["organization:Caspian Policy Forum"],
    ),
    (
        "Analysts at Monument Securities expect growth.",
        &["organization:Monument Securities"],
    ),
    (
        "The S-400 and the F-35A cannot share a network, officials said of the missile systems.",
        &["weapon:S-400", "weapon:F-35"],
    ),
    (
        "Officials at the Federal Reserve Bank of New York declined to comment.",
        &[
            "organization:Federal Reserve Bank of New York",
            "location:New York",
        ],
    ),
    // Name particles: glued Arabic articles, chained Dutch particles.
    (
        "Abdullah al-Hamdani, a spokesman for the group, denied the report.",
        &["person:Abdullah al-Hamdani"],
    ),
    (
        "Defence analyst Pieter van der Berg said the deal was unlikely.",
        &["person:Pieter van der Berg"],
    ),
    // Three capitalised common words before an organisation head are one name.
    (
        "The National Democratic Front boycotted the vote.",
        &["organization:National Democratic Front"],
    ),
    // Wire copy glues names: an "and" after a company suffix separates two companies,
    // "<given name> <surname> of <company>" is a person and a company.
    (
        "AFG Industries Inc and GenCorp Inc agreed to merge.",
        &[
            "organization:AFG Industries Inc",
            "organization:GenCorp Inc",
        ],
    ),
    (
        "Prices will rise, said John Rooney of Moseley Securities Corp.",
        &["person:John Rooney", "organization:Moseley Securities Corp"],
    ),
    // Hard-wrapped text: a name continues on the next line of a long line.
    (
        "The charters and other assets are going to the shipping group Crowley Maritime\nCorp, the company said.",
        &["organization:Crowley Maritime Corp"],
    ),
    // A day or month after "on" starts a date, not more of the name.
    (
        "The bill was debated in the Scottish Parliament on Tuesday.",
        &["organization:Scottish Parliament"],
    ),
    // An organisation head + "of" + a place is one name.
    (
        "A Bank of Japan official said rates would hold.",
        &["organization:Bank of Japan"],
    ),
    // A capital or (before a company suffix) a demonym opens the organisation's name.
    (
        "The Tokyo Stock Exchange closed higher.",
        &["organization:Tokyo Stock Exchange"],
    ),
    (
        "Talks with American Motors Corp ended.",
        &["organization:American Motors Corp"],
    ),
    // An occupation before a name is a title, not part of the name.
    (
        "Actor Pavel Rondo starred in the film.",
        &["person:Pavel Rondo"],
    ),
    // Two name-shaped words right before a reporting verb, when the article goes on to treat
    // them as a person ("Ms Quarrie", "she said"); a month-like given name too.
    (
        "Delia Quarrie said the scheme would fail. Ms Quarrie chairs the board.",
        &["person:Delia Quarrie"],
    ),
    (
        "Jan Holroyd warned of cuts. \"It is wrong,\" she said.",
        &["person:Jan Holroyd"],
    ),
    // A demonym that is also a language name is still the country's.
    (
        "Two Greek sailors and a French diplomat were detained.",
        &["country:Greece", "country:France"],
    ),
    // Post-nominal letters are not part of the name.
    (
        "The barrister Tobias Wrenfield QC argued the case.",
        &["person:Tobias Wrenfield"],
    ),
    // A title that starts inside the organisation before it ("Treasury Secretary").
    (
        "Treasury Secretary Dana Whitlow testified.",
        &["person:Dana Whitlow"],
    ),
    // What only companies have or issue makes an unknown name a company.
    (
        "Shares in Quorvex fell 4% after the warning.",
        &["organization:Quorvex"],
    ),
    (
        "Brimley's chief executive said sales were flat.",
        &["organization:Brimley"],
    ),
    (
        "In London, Dransfeld shares rose 3%.",
        &["organization:Dransfeld"],
    ),
    // A known company's name opening a company's name is a subsidiary.
    (
        "General Electric Credit Corp raised its rates.",
        &["organization:General Electric Credit Corp"],
    ),
    // A place inside a known place, after "the town of", or named by its head word.
    (
        "The plant in Ashvale, Leicestershire, will close.",
        &["location:Ashvale", "location:Leicestershire"],
    ),
    (
        "She grew up in the town of Carrowmore.",
        &["location:Carrowmore"],
    ),
    (
        "Fans gathered at Harrowgate Stadium on Saturday.",
        &["location:Harrowgate Stadium"],
    ),
    // A club's name after its town is one organisation.
    ("Leeds Rovers won the cup.", &["organization:Leeds Rovers"]),
    // An unknown acronym that reports is an organisation.
    ("The KRQ said output fell in March.", &["organization:KRQ"]),
    // A name set off by commas right after a title is a person's.
    (
        "Their lawyer, Majeed Tarrow, said the ruling was wrong.",
        &["person:Majeed Tarrow"],
    ),
    // Appositions only a person has: an age, a possessor's title, a home town before a
    // reporting verb.
    (
        "Leoncia Casalme, 42, was arrested on Tuesday.",
        &["person:Leoncia Casalme"],
    ),
    (
        "Chakib Khelil, Algeria's energy minister, said output would rise.",
        &["person:Chakib Khelil"],
    ),
    (
        "Kerry Dunmore, from Leeds, said she was delighted.",
        &["person:Kerry Dunmore"],
    ),
    // After a title and a given name, a common word can be a surname.
    (
        "Yukos spokesman Mike Lake told reporters it would appeal.",
        &["person:Mike Lake"],
    ),
    // Abbreviated and sporting titles open a person's name.
    (
        "Former Ohio Gov. Tom Kestrel said the plan would fail.",
        &["person:Tom Kestrel"],
    ),
    (
        "England coach Brian Maddock named his squad.",
        &["person:Brian Maddock"],
    ),
    // A lexicon name that cannot be part of a person's name is still a name.
    (
        "Congress passed the bill, and Democrats in the Senate said Europe would follow.",
        &[
            "organization:U.S. Congress",
            "organization:Democratic Party",
            "organization:U.S. Senate",
            "location:Europe",
        ],
    ),
    // ... but an organisation head next to a capitalised word is part of a longer name.
    (
        "The Trades Union Congress and the Senate Banking Committee disagreed.",
        &[
            "organization:Trades Union Congress",
            "organization:Senate Banking Committee",
        ],
    ),
    // A company after a corporate title and "of" is the employer; a bare title after the
    // comma marks the person.
    (
        "Dale Brisco, chairman of Vantor Industries Inc, and Nils Ekdahl, chief executive of QMX, said so.",
        &[
            "person:Dale Brisco",
            "organization:Vantor Industries Inc",
            "person:Nils Ekdahl",
            "organization:QMX",
        ],
    ),
    // A middle initial stays inside the name.
    (
        "The bank is controlled by Harlan J. Whitcomb, a former ambassador.",
        &["person:Harlan J. Whitcomb"],
    ),
    // Words that cannot open a person's name open organisations' names, and a demonym before
    // an organisation's name is part of it.
    (
        "The Federal Home Loan Bank of Tulsa and the Danish Medical Association agreed, said analysts at Security Harbor Corp.",
        &[
            "organization:Federal Home Loan Bank of Tulsa",
            "organization:Danish Medical Association",
            "organization:Security Harbor Corp",
        ],
    ),
    // A place before a company suffix is part of the company's name.
    (
        "Analysts at Mizuno Europe Ltd expect a cut.",
        &["organization:Mizuno Europe Ltd"],
    ),
    (
        "The Soviet Union bought grain from Canada.",
        &["country:Soviet Union"],
    ),
    // A demonym after a given name is a surname; a surname that is also a given name and goes
    // on is someone else's full name.
    (
        "Trump critic Mark Cuban sat in the front row.",
        &["person:Mark Cuban"],
    ),
    (
        "Iraq's Trade Minister Mohammed Mustafa al-Jibouri welcomed the move.",
        &["person:Mohammed Mustafa al-Jibouri"],
    ),
    // A title that starts before a capitalised run ("police Chief") is not part of the name.
    (
        "He met police Chief Chuck Jordan on Monday.",
        &["person:Chuck Jordan"],
    ),
    (
        "The European Community (EC) warned Japan.",
        &["organization:European Community"],
    ),
    // A party's adjective before a word of party politics.
    (
        "A Congress with a bigger Democratic majority passed the bill.",
        &["organization:Democratic Party"],
    ),
    (
        "Voters in Cleveland and Tulsa queued.",
        &["location:Cleveland", "location:Tulsa"],
    ),
    // "of the" / "for the" after an organisation head go on with its name.
    (
        "A panel of the Court of Appeals for the Third Circuit overruled him.",
        &["organization:Court of Appeals for the Third Circuit"],
    ),
    (
        "The case went to the District Court for the Western District of Texas.",
        &["organization:District Court for the Western District of Texas"],
    ),
    (
        "The charity, the Southwest Iowa Coalition for the Hungry, sued.",
        &["organization:Southwest Iowa Coalition for the Hungry"],
    ),
    // A leading initial inside a sentence.
    (
        "She spoke at the B. Franklin Marsh Institute yesterday.",
        &["organization:B. Franklin Marsh Institute"],
    ),
    // A known body "of" a place is the place's own body; a region's party branch.
    (
        "The National Rifle Association of Idaho and the Supreme Court of Kansas disagreed.",
        &[
            "organization:National Rifle Association of Idaho",
            "organization:Supreme Court of Kansas",
        ],
    ),
    (
        "Nevada Republican Party chairman Jim Doe spoke.",
        &["organization:Nevada Republican Party", "person:Jim Doe"],
    ),
    // AP state abbreviations after a comma, a party tag or a linking word; a sentence may end
    // on one.
    (
        "He lives in Fresno, Calif. He works in Trenton, N.J., on Mondays.",
        &[
            "location:California",
            "location:New Jersey",
            "location:Fresno",
        ],
    ),
    (
        "Sen. Pat Leahy (D-Vt.) and Rep. Dan Glickman, D-Kan., backed plants in Mass. and Conn.",
        &[
            "location:Vermont",
            "location:Kansas",
            "location:Massachusetts",
            "location:Connecticut",
        ],
    ),
    ("Voters in D.C. went to the polls.", &["location:D.C."]),
    (
        "He won the Granite State easily.",
        &["location:New Hampshire"],
    ),
    // US regions, counties and cities; UK and world places.
    (
        "Farmers in the Midwest and the Rust Belt backed him.",
        &["location:Midwest", "location:Rust Belt"],
    ),
    (
        "Deputies from Maricopa County flew to San Bernardino on Friday.",
        &["location:Maricopa County", "location:San Bernardino"],
    ),
    (
        "Police in Gateshead and Croydon made arrests.",
        &["location:Gateshead", "location:Croydon"],
    ),
    (
        "Protests spread from Srinagar to Rajasthan.",
        &["location:Srinagar", "location:Rajasthan"],
    ),
    // Media, advocacy groups and companies with no cue.
    (
        "She told BuzzFeed and ABC on Sunday that ITV was wrong.",
        &[
            "organization:BuzzFeed",
            "organization:ABC News",
            "organization:ITV",
        ],
    ),
    (
        "Planned Parenthood and AIPAC issued statements, as did the NHS.",
        &[
            "organization:Planned Parenthood",
            "organization:AIPAC",
            "organization:NHS",
        ],
    ),
    (
        "The F.B.I. and the C.I.A. declined to comment.",
        &["organization:FBI", "organization:CIA"],
    ),
    // Sports clubs; a club that is also a given name stays a person's given name.
    (
        "Everton beat Arsenal at home while Celtic drew with Real Madrid.",
        &[
            "organization:Everton",
            "organization:Arsenal",
            "organization:Celtic",
            "organization:Real Madrid",
        ],
    ),
    ("Chelsea beat Fulham 2-0.", &["organization:Chelsea"]),
    (
        "Chelsea Clinton spoke in Iowa.",
        &["person:Chelsea Clinton"],
    ),
    // A title with a lower-case complement, and a trade, before a name.
    (
        "The plan, the minister for rural transport Ravindra Kulkarni said, was sound.",
        &["person:Ravindra Kulkarni"],
    ),
    (
        "The co-op was founded by tea farmer Odhiambo Wekesa in 1998.",
        &["person:Odhiambo Wekesa"],
    ),
    (
        "The co-op was founded by Odhiambo Wekesa, a retired teacher, in 1998.",
        &["person:Odhiambo Wekesa"],
    ),
    // A capital where people are or meet is the city; as the actor it stays the country.
    (
        "Trade officials in Lima said the talks had stalled.",
        &["location:Lima"],
    ),
    (
        "In Lima, the mood was calm. Lima said it would retaliate.",
        &["location:Lima", "country:Peru"],
    ),
    // Former states are countries of their own.
    (
        "Exports grew faster than in West Germany or Yugoslavia.",
        &["country:West Germany", "country:Yugoslavia"],
    ),
    // A known company's arm in a country is one organisation; a title and "of" open no name.
    (
        "IBM Australia said sales rose.",
        &["organization:IBM Australia"],
    ),
    (
        "Rolf Anders, President of Voltwerk Bank Basel, spoke.",
        &["organization:Voltwerk Bank", "person:Rolf Anders"],
    ),
    // Airlines, banks written as one word, a city's newspaper, a body "of" demonym + noun.
    (
        "Air Kestrel has ordered ten jets.",
        &["organization:Air Kestrel"],
    ),
    (
        "Tomas Brandl, an analyst at Nordbank, said the rate would rise.",
        &["organization:Nordbank", "person:Tomas Brandl"],
    ),
    (
        "Harlan Voss told the Winnipeg Courier the mill would close.",
        &["organization:Winnipeg Courier"],
    ),
    (
        "The Federation of Danish Shipowners said freight rates would rise.",
        &["organization:Federation of Danish Shipowners"],
    ),
    // Hyphenated given names, names joined by "and", wire credits, churches, a paper after "the".
    (
        "Marie-Louise Okafor said the talks had stalled.",
        &["person:Marie-Louise Okafor"],
    ),
    (
        "Jo-Anne Pilcher, history professor at Redvale College, said it was fine.",
        &["person:Jo-Anne Pilcher", "organization:Redvale College"],
    ),
    (
        "Brandt and Martha Sorvino will host the debate on Channel Nine.",
        &["person:Martha Sorvino"],
    ),
    (
        "Late on Friday, Rachel and Simon Ashdown walked home.",
        &["person:Rachel Ashdown", "person:Simon Ashdown"],
    ),
    (
        "The talks ended without a deal. (Reporting by Anna Kettering; Editing by Will Brackley)",
        &["person:Anna Kettering", "person:Will Brackley"],
    ),
    (
        "said the Rev. Amos Tull, of Greenfield Street Baptist Church.",
        &["organization:Greenfield Street Baptist Church"],
    ),
    (
        "The Fairview Observer found that rents had doubled.",
        &["organization:Fairview Observer"],
    ),
    (
        "The US Court of Appeals for the Ninth Circuit ruled on Monday.",
        &["organization:US Court of Appeals for the Ninth Circuit"],
    ),
    // A state's or city's own court or chamber is not the nation's.
    (
        "The Ohio Supreme Court ruled against the county on Monday.",
        &["organization:Ohio Supreme Court"],
    ),
    (
        "House Speaker Dale Hofmann said the bill would pass.",
        &[
            "organization:U.S. House of Representatives",
            "person:Dale Hofmann",
        ],
    ),
    (
        "Senate Majority Leader Ruth Calder said the vote would wait.",
        &["organization:U.S. Senate", "person:Ruth Calder"],
    ),
    (
        "The award went to Pastor Samuel Greer of Cedar Hill Baptist Church.",
        &[
            "person:Samuel Greer",
            "organization:Cedar Hill Baptist Church",
        ],
    ),
    // What a deal verb takes is a company, with no legal form or head word.
    (
        "Halvex said it had agreed to acquire Orvane for $20m.",
        &["organization:Orvane"],
    ),
    (
        "The tool comes from its purchase of Quillon Software in May.",
        &["organization:Quillon Software"],
    ),
    (
        "Last year Tembro bought Pellar Labs to get its search tools.",
        &["organization:Pellar Labs"],
    ),
    (
        "Brisco completed its merger with Dantry on Friday.",
        &["organization:Dantry"],
    ),
    // A list of two companies, the first ending in a word that ends companies' names.
    (
        "Brenlow said Vexa Labs and Quintar would share the work.",
        &["organization:Vexa Labs", "organization:Quintar"],
    ),
    (
        "Shares in Corvine Airlines and Tarn Air fell on Monday.",
        &["organization:Corvine Airlines", "organization:Tarn Air"],
    ),
    // A list of companies after "firms such as", and "the X group".
    (
        "Rivals such as Vexa, Orvane, and Quintar Labs make similar tools.",
        &[
            "organization:Vexa",
            "organization:Orvane",
            "organization:Quintar Labs",
        ],
    ),
    (
        "Sales at the Dantrell chain rose by a tenth.",
        &["organization:Dantrell"],
    ),
    // A descriptor apposition whose head is followed by "based in".
    (
        "Dolmer, a small software company based in Leeds, said profits rose.",
        &["organization:Dolmer"],
    ),
    // Short and foreign given names open a person's name, also in "X and Y" pairs.
    (
        "The band played for Olly Dunmore and Kristin Varga-Hale last night.",
        &["person:Olly Dunmore", "person:Kristin Varga-Hale"],
    ),
    (
        "Aurelio Vance, head of the Tarvon Group, said exports would rise.",
        &["person:Aurelio Vance"],
    ),
    (
        "Backbencher Nigel Marsh said the bill was flawed.",
        &["person:Nigel Marsh"],
    ),
    // A rugby position before a name is a title, not part of the name.
    (
        "Lock Tom Ashworth returns after injury.",
        &["person:Tom Ashworth"],
    ),
    (
        "Prop Darren Fellowes will start on Saturday.",
        &["person:Darren Fellowes"],
    ),
    // Wire copy's bracketed company names, without a trailing place or possessive.
    (
        "The deal was arranged by <Halvorsen Pike> and <Brandt-Oyelaran (Asia) Ltd>.",
        &[
            "organization:Halvorsen Pike",
            "organization:Brandt-Oyelaran (Asia) Ltd",
        ],
    ),
    (
        "Shares of <The Varnholt Brothers Ltd's> unit and <Kessler Marine Holdings, Singapore> rose.",
        &[
            "organization:Varnholt Brothers Ltd",
            "organization:Kessler Marine Holdings",
        ],
    ),
    // A member's seat after "MP for" is a place.
    (
        "Dora Penhale, the Labour MP for Hollins Vale, said so.",
        &["location:Hollins Vale", "person:Dora Penhale"],
    ),
    (
        "Jon Tarrant, member of parliament for Wexmoor, resigned.",
        &["location:Wexmoor"],
    ),
    // Regulators and exchanges named by their acronyms.
    (
        "The USDA said wheat stocks fell, and the CFTC said it would look at LME prices.",
        &[
            "organization:U.S. Agriculture Department",
            "organization:Commodity Futures Trading Commission",
            "organization:London Metal Exchange",
        ],
    ),
    // "Chamber" heads an organisation's name.
    (
        "He told the Dravonia Chamber of Commerce that tariffs would fall.",
        &["organization:Dravonia Chamber of Commerce"],
    ),
];

/// (text, names that must NOT be found as entities of any kind)
const NOT_ENTITIES: &[(&str, &[&str])] = &[
    // A name after "in" is no place when it is a part in a show, a holding, a demonym,
    // a qualifier of a noun, or a company's name elsewhere.
    (
        "She won praise for her role in Quillfeather last year.",
        &["Quillfeather"],
    ),
    (
        "The bank raised its interest in Dravelco to 40 pct.",
        &["Dravelco"],
    ),
    (
        "Output will rise at the plant in Ste. Marvaux next year.",
        &["Ste"],
    ),
    (
        "Sales rose in Scottish markets and in Orvane stock.",
        &["Scottish", "Orvane"],
    ),
    (
        "The season fell in April-July, with a dip in EastEnders ratings.",
        &["April-July", "EastEnders"],
    ),
    // "Reagan Administration": a government, not an agency's name.
    (
        "The Hollis Administration said it would veto the bill.",
        &["Hollis Administration"],
    ),
    // A company's name echoes like a surname; its suffix elsewhere rules the echo out.
    (
        "Investors backed Kellam Dorrance. Dorrance said profits rose. Dorrance Inc shares fell.",
        &["Kellam Dorrance"],
    ),
    // An abbreviated honorific before a known surname is no name of its own.
    (
        "Her plan drew praise from rivals like Mr. Obama and Mr. Biden.",
        &["Mr"],
    ),
    (
        "Lock Tom Ashworth returns after injury.",
        &["Lock Tom Ashworth"],
    ),
    (
        "Orders went to <Varnholt Marine Ltd, Hong Kong> on Monday.",
        &["Varnholt Marine Ltd, Hong Kong"],
    ),
    // Another country's department is not the U.S. one.
    (
        "The Irish Agriculture Department said the harvest was late.",
        &["U.S. Agriculture Department"],
    ),
    // A ticker with an exchange code is no company's name.
    ("It lent to Varnholt Oy <Varn.He> last year.", &["Varn.He"]),
    // Compass words inside a longer name are no region.
    (
        "Carver Central and South West Corp said profits rose.",
        &["South West England"],
    ),
    ("She won Leeds North West in 2001.", &["North West England"]),
    (
        "Rates will hold, said Tom Vardy at HBOS Treasury Services.",
        &["U.S. Treasury"],
    ),
    // A title after "and" does not split a department's name from its minister's title.
    (
        "Trade and Industry Secretary Paula Venn spoke.",
        &["Trade", "Trade and Industry Secretary Paula Venn"],
    ),
    // Deal verbs: an adjective participle, a place before its state, a lone word after
    // "bought", a player the article names in full, a model.
    (
        "The navy tested its newly acquired Vexor missile on Monday.",
        &["Vexor"],
    ),
    (
        "Halvex agreed to acquire Dunmore, Pa., printer Kessel Inc.",
        &["Dunmore"],
    ),
    ("The network bought Skyfall for $600.", &["Skyfall"]),
    (
        "Alfie Brannock scored twice. Arden paid for the purchase of Brannock in May.",
        &["Brannock"],
    ),
    (
        "The carrier agreed to acquire A-320s from the lessor.",
        &["A-320s"],
    ),
    // "the X group" is as often an investor's as a company's; "the X company" of a person
    // the article names in full is his, and a demonym's is no company.
    (
        "Investor Alfie Brannock bid again. The Brannock company holds 9 pct.",
        &["Brannock"],
    ),
    (
        "Investor Hal Dorrit bid again. The Dorrit group holds 9 pct.",
        &["Dorrit"],
    ),
    (
        "Officials at the Korean company declined to comment.",
        &["Korean"],
    ),
    // "and" before an organisation word joins one name, not a list.
    (
        "Tarn Airlines and Trust Co said it would sell the unit.",
        &["Tarn Airlines", "Trust Co"],
    ),
    // A name before its legal form goes on before "of": no "Osaka Ltd"; a demonym alone
    // and a lower-case compound are no company's name.
    (
        "Analysts said Trust Bank of Osaka Ltd would gain.",
        &["Osaka Ltd"],
    ),
    (
        "It followed another Canadian Company in the sale.",
        &["Canadian Company"],
    ),
    (
        "Privately-held Ohio Corp said it would sell the plant.",
        &["Privately-held Ohio Corp"],
    ),
    // A state's court is not the U.S. Supreme Court.
    (
        "The Ohio Supreme Court ruled against the county on Monday.",
        &["U.S. Supreme Court"],
    ),
    // "White House" is no chamber of Congress; "Opera House Speaker" no title of one.
    (
        "White House Speaker Jay Ortiz said no.",
        &["U.S. House of Representatives"],
    ),
    // An acronym in a capitalised run is no part of a person's name.
    ("He accused his fellow RNU MEPs of laziness.", &["RNU MEPs"]),
    // A numbered bill is legislation, even when "Bill" is a given name too.
    ("Parliament passed Bill C-40 on Tuesday.", &["Bill C-40"]),
    // A company suffix after a known company is part of its name, never a company itself.
    (
        "Investors bought Ridgeway Mills Corp and General Motors Corp shares.",
        &["Corp"],
    ),
    (
        "Analysts at Morgan Stanley and Co Inc expect a cut.",
        &["Co Inc", "Co", "Inc"],
    ),
    // A lone head word names nothing unless the article names one such organisation.
    (
        "Officials said the Commission would act, and the Bank agreed.",
        &["Commission", "Bank"],
    ),
    // A class of shares is no company; a list of clubs is no one club.
    ("It bought 900,000 Class A shares.", &["Class A"]),
    ("GNP said nothing about the slump.", &["GNP"]),
    ("Celtic and Rangers drew 1-1.", &["Celtic and Rangers"]),
    // A street that titles a show is a place only after "in", "at" and the like.
    (
        "Larkwood Street won an award for best soap.",
        &["Larkwood Street"],
    ),
    // A newspaper called "The Hill" is not every hill.
    (
        "Police searched Hill Street and spoke to Mr Hill.",
        &["The Hill"],
    ),
    // A title's qualifier or a lone sentence-opening word before a corporate title is no
    // employer.
    ("Former chairman Dale Brisco resigned.", &["Former"]),
    ("Festival director Dale Brisco resigned.", &["Festival"]),
    (
        "Asian economist Dale Brisco resigned. He said Asian markets were weak.",
        &["Asian"],
    ),
    // A dotted state abbreviation needs a comma, a bracket, a hyphen or a linking word before
    // it; initials inside a name are no state.
    (
        "The pope said Midnight Mass. Then he left.",
        &["Massachusetts"],
    ),
    (
        "Malayan Banking and N.M. Rothschild and Sons signed.",
        &["New Mexico"],
    ),
    ("State Del. Jennifer McClellan spoke.", &["Delaware"]),
    ("M.D.C. Holdings Inc sold land.", &["D.C."]),
    // A capital that stands for its government is no city.
    ("The plan will provoke resistance in Lima.", &["Lima"]),
    // An article that uses a club's name as a given name has no club of that name.
    (
        "Chelsea Clinton spoke. Later Chelsea said no.",
        &["Chelsea"],
    ),
];

/// (text, entity ids that must be found; `!id` must not be)
const ENTITY_IDS: &[(&str, &[&str])] = &[
    // A name written as a company's elsewhere stays a company after "in".
    (
        "Traders said Zorvane shares rose sharply. The fund holds most of its money in Zorvane.",
        &["org:zorvane", "!loc:zorvane"],
    ),
    // A capital after a dwelling "in", or after "reported/returned from", is the city.
    (
        "She rented a flat in London for years.",
        &["loc:london", "!country:united-kingdom"],
    ),
    (
        "Wolf reported from Washington on Monday.",
        &["loc:washington", "!country:united-states"],
    ),
    // Without such a word it stays the government.
    (
        "London said the talks had failed.",
        &["country:united-kingdom"],
    ),
    // A bank holding company's legal form ("Bancorp", "Bancshares") ends its name; a
    // common word opening the sentence before a legal form alone is the name's.
    (
        "Harwick Bancorp said it agreed to acquire Pellston Bancshares Inc.",
        &["org:harwick-bancorp", "org:pellston-bancshares-inc"],
    ),
    (
        "Coastal Corp said it would sell its refinery.",
        &["org:coastal-corp"],
    ),
    (
        "Frontier Holdings said profits rose.",
        &["org:frontier-holdings"],
    ),
    (
        "Mercantile Bancorp Inc said net income rose.",
        &["org:mercantile-bancorp-inc"],
    ),
    // A place, a demonym or a surname inside a company's name before its legal form.
    (
        "Analysts said Brindle Ohio Corp would gain.",
        &["org:brindle-ohio-corp", "!loc:ohio"],
    ),
    (
        "The firm agreed to buy Halvor American Corp for 20 mln dlrs.",
        &["org:halvor-american-corp", "!country:united-states"],
    ),
    (
        "Shares of Kentucky-Marlow Inc rose sharply.",
        &["org:kentucky-marlow-inc", "!loc:kentucky"],
    ),
    (
        "Texas Bancorp said it would merge with a rival.",
        &["org:texas-bancorp", "!loc:texas"],
    ),
    (
        "Costa Brown Inc said it raised its dividend.",
        &["org:costa-brown-inc", "!person:gordon-brown"],
    ),
    // A partnership's name keeps its comma; a lexicon firm written that way is the lexicon's.
    (
        "Kessler, Baumann and Co Inc said profits rose.",
        &["org:kessler-baumann-and-co-inc"],
    ),
    (
        "Analysts at Goldman, Sachs and Co said the stock was cheap.",
        &["org:goldman-sachs", "!org:sachs-and-co"],
    ),
    // A country before the comma is a list, not a partner.
    (
        "He sold it to Britain, Harlow and Co bought more.",
        &["country:united-kingdom"],
    ),
    // A form of address or a peerage before a famous surname fits anyone with that surname.
    (
        "Lord Harris, a former council leader, said the plan was flawed.",
        &["!person:kamala-harris"],
    ),
    (
        "Lady Biden opened the school in Leeds on Friday.",
        &["!person:joe-biden"],
    ),
    // ... but a plain "Mr" before a head of state's surname is that head of state.
    (
        "Mr Biden said the talks would resume.",
        &["person:joe-biden"],
    ),
    // A title of office identifies the person.
    (
        "Vice President Harris met farmers in Ohio.",
        &["person:kamala-harris"],
    ),
    // A bare "Parliament" is the home country's: institutions and seats of government count.
    (
        "Downing Street said the Commons would vote. Iraq was not discussed. Parliament rises today.",
        &["org:uk-parliament", "!org:iraqi-parliament"],
    ),
    // "Treasury" alone in a British story is HM Treasury.
    (
        "British ministers met in London. A Treasury spokesman said the UK budget was sound.",
        &["org:hm-treasury", "!org:us-treasury"],
    ),
    (
        "A Treasury spokesman said US debt was sound, the White House agreed.",
        &["org:us-treasury"],
    ),
    // An acronym never defined but spelling an organisation named in full is that organisation,
    // every time it stands alone.
    (
        "The Office for Tariff Statistics published the data. The OTS said output fell, and the OTS was right.",
        &["org:office-for-tariff-statistics", "!org:ots"],
    ),
    // A one-word place after a given name is a surname; a place joined by a hyphen to an
    // unknown name is part of that name.
    (
        "Analyst Stephen Toulouse said demand was weak.",
        &["person:stephen-toulouse", "!loc:toulouse"],
    ),
    ("Bristol-Merrow Corp said profits fell.", &["!loc:bristol"]),
    // A given name that is also a bill's head word opens a name.
    (
        "Former union leader Sir Bill Morris accused both parties.",
        &["person:bill-morris"],
    ),
    // A descriptor noun before a name makes it an organisation, not a lone surname.
    (
        "The world's largest retailer, Walmart, has agreed to pay.",
        &["org:walmart", "!person:walmart"],
    ),
    // ... or an apposition after it headed by one.
    (
        "Investors bought shares of Dravonia, the largest cider maker in Chile.",
        &["org:dravonia", "!person:dravonia"],
    ),
    (
        "Critics praised Quell, a documentary maker from Leeds.",
        &["!org:quell"],
    ),
    // ... but a trade compounded with a hyphen is a person's.
    (
        "Dutch film-maker Theo van Gogh was killed in Amsterdam.",
        &["!org:theo-van-gogh"],
    ),
    // A knight named by his given name is the knight named in full.
    (
        "The case went to Sir Alan Budd. Ministers awaited Sir Alan's inquiry.",
        &["person:alan-budd", "!person:alan"],
    ),
    // The article's own definition of an acronym beats the lexicon's.
    (
        "The Financial Services Authority (FSA) fined the bank. The FSA said more would follow.",
        &["!org:free-syrian-army"],
    ),
    // ent18: "in" + a capital is the city unless a mood or reaction stands before it; so are
    // "the streets of" a capital and a capital with its district.
    (
        "The summit ended late on Friday in Lima with no deal.",
        &["loc:lima", "!country:peru"],
    ),
    (
        "Farmers marched through the streets of Quito on Monday.",
        &["loc:quito", "!country:ecuador"],
    ),
    ("Washington DC was quiet on Sunday.", &["loc:washington-dc"]),
    // "the Gulf" is the Persian Gulf (in an article naming a country on it); a longer name after
    // the article wins ("the Channel 4").
    (
        "Iran fired on tankers in the Gulf on Monday.",
        &["loc:persian-gulf"],
    ),
    (
        "Viewers tuned in to the Channel 4 show.",
        &["!loc:english-channel"],
    ),
    // The capital of a former state's successor is the former state where the article names
    // only the former state.
    (
        "The Soviet Union bought wheat. Argentina will sell more corn to Moscow.",
        &["country:soviet-union", "!country:russia"],
    ),
    // A country's parliament by its own name.
    (
        "The Iranian Parliament approved the budget.",
        &["org:majlis"],
    ),
];

#[test]
fn entity_id_cases() {
    check_entity_ids(ENTITY_IDS);
}

/// Checks that each text gives the entity ids listed (`!id`: an id it must not give).
fn check_entity_ids(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let a = analyze(text);
        let got: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
        for w in *want {
            let ok = match w.strip_prefix('!') {
                Some(bad) => !got.contains(&bad),
                None => got.contains(w),
            };
            if !ok {
                failures.push(format!("{text:?}\n  wants {w}\n  got   {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn entity_non_cases() {
    let mut failures = Vec::new();
    for (text, bad) in NOT_ENTITIES {
        let a = analyze(text);
        for b in *bad {
            if let Some(e) = a.entities.iter().find(|e| e.name == *b) {
                failures.push(format!("{text:?} made {} {b}", e.kind));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn entity_cases() {
    let mut failures = Vec::new();
    for (text, want) in ENTITIES {
        let a = analyze(text);
        let got: Vec<String> = a
            .entities
            .iter()
            .map(|e| format!("{}:{}", e.kind, e.name))
            .collect();
        for w in *want {
            if !got.iter().any(|g| g == w) {
                failures.push(format!("{text:?}\n  wants {w}\n  got   {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (text, entity names that must NOT be found as persons)
const NOT_PERSONS: &[(&str, &[&str])] = &[
    // Session 40: sentence openers and descriptors ("Born", "Beatle", "Presidents") are no
    // part of a name; "Rally" and "Lecture" end none.
    (
        "The teenager has two nominations. Born Ada Vendrum, the Devon singer started her career on television.",
        &["Born Ada Vendrum"],
    ),
    (
        "Former Beatle Karl Vendrum said he was delighted.",
        &["Beatle Karl Vendrum"],
    ),
    (
        "The Ivo Marsh Rally game sold well on consoles.",
        &["Ivo Marsh Rally"],
    ),
    // Session 40: "Index" ends no person's name; a leader's surname that is also a title
    // word ("Major") stands alone for the leader only after a form of address.
    (
        "The U.S. Producer Price Index for finished goods rose 0.1 pct.",
        &["Price Index"],
    ),
    (
        "Major changes to the rules were announced in Leeds on Monday.",
        &["John Major"],
    ),
    (
        "Major Market Index futures increased activity in Chicago.",
        &["Market Index", "John Major"],
    ),
    // Session 40: after a title, a run ending in an office word is more of the title.
    (
        "Deputy Assistant Treasury Secretary Ivo Marsh said he was pleased.",
        &["Assistant", "Assistant Treasury Secretary"],
    ),
    (
        "Karl Vendrum, Deputy Agriculture Secretary, said the program was working.",
        &["Agriculture Secretary"],
    ),
    (
        "The rules skip the Department's principals, the Secretary, the Deputy Secretaries, the Under Secretaries and their staffs.",
        &["Secretaries"],
    ),
    // A leader's surname as the first half of a double-barrelled name is not the leader.
    (
        "Ian Reagan-Lowe, the firm's treasurer, spoke in Leeds. Reagan-Lowe said America would gain.",
        &["Ronald Reagan"],
    ),
    // A plural acronym echoes like a surname but names nobody.
    (
        "Money from Super PACs poured in. PACs said they would spend more.",
        &["Super PACs"],
    ),
    // A given name used with another surname elsewhere shares no surname after "and".
    (
        "Nancy Fuller spoke first. Later Nancy and Tom Haskell waved to the crowd.",
        &["Nancy Haskell"],
    ),
    // Figures of a survey "compiled by" a trade paper: no credit line, no person.
    (
        "The figures were compiled by Freight Weekly, a trade magazine.",
        &["Freight Weekly"],
    ),
    // A leader's bare surname in a story that never names the leader's country or its bodies.
    (
        "The offer was sponsored by Wagner and Brown, a Texas firm.",
        &["Gordon Brown"],
    ),
    // A complement that ends in a preposition or a company word leaves a company's name.
    (
        "Dan Price, head of distribution for Redcliff Films, said sales rose.",
        &["Redcliff Films"],
    ),
    (
        "Dan Price, chairman of messaging firm Textwave Mobile, said sales rose.",
        &["Textwave Mobile"],
    ),
    // A trade inside an organisation's name, or before one word, names no person.
    (
        "The National Council of Farmer Cooperatives met on Monday.",
        &["Cooperatives", "Farmer Cooperatives"],
    ),
    ("Engineer Voltwerk eased 3 marks.", &["Voltwerk"]),
    (
        "Shares in Time Warner said to rise, said Hannes Wittig of Deutsche Boerse.",
        &["Time Warner", "Deutsche Boerse"],
    ),
    (
        "He won the Davis Cup and the FA Cup in one year.",
        &["Davis Cup", "FA Cup"],
    ),
    ("The West Asian country has no navy.", &["West Asian"]),
    // A company as the subject of a reporting verb stays no person.
    (
        "Harrow Fabrics said sales fell. Harrow Fabrics shares rose.",
        &["Harrow Fabrics"],
    ),
    // A patronymic continues the name before it.
    (
        "Sheikh Tamim bin Hamad Al Thani hosted the talks in Doha.",
        &["Hamad Al Thani"],
    ),
    // A Title Case headline verb ends a person's name; an organisation with no cue is none.
    (
        "Underdog Claudia Tenney Beats Establishment Favorite.",
        &["Claudia Tenney Beats Establishment"],
    ),
    (
        "Planned Parenthood sued, and Trump University settled.",
        &["Planned Parenthood", "Donald Trump", "Trump University"],
    ),
];

#[test]
fn person_non_cases() {
    for (text, bad) in NOT_PERSONS {
        let a = analyze(text);
        for b in *bad {
            assert!(
                !a.entities
                    .iter()
                    .any(|e| e.kind == newsgraph::EntityKind::Person && e.name == *b),
                "{text:?} made a person of {b}"
            );
        }
    }
}

#[test]
fn surnames_link_back_within_an_article() {
    let a =
        analyze("Joan Varga, a senior analyst, spoke first. Later, Varga said prices would fall.");
    let e = a
        .entities
        .iter()
        .find(|e| e.id == "person:joan-varga")
        .expect("Joan Varga found");
    assert!(e.aliases.contains(&"Varga".to_string()), "{:?}", e.aliases);
}

/// (text, entity id, alias that must be among its aliases)
const ALIASES: &[(&str, &str, &str)] = &[
    // A rating agency's short forms from the organisations lexicon.
    (
        "S and P said it cut the ratings of Harwell Mills Inc.",
        "org:standard-and-poors",
        "S and P",
    ),
    (
        "The debt was downgraded by S&P on Monday.",
        "org:standard-and-poors",
        "S&P",
    ),
    // A bare head word is the article's one organisation with that word.
    (
        "The World Bank approved the loan, and the Bank said more would follow.",
        "org:world-bank",
        "Bank",
    ),
    // "and Co Inc" after a known company is that company.
    (
        "Analysts at Morgan Stanley and Co Inc expect a cut.",
        "org:morgan-stanley",
        "Morgan Stanley and Co Inc",
    ),
    // An acronym defined in parentheses names the same organisation later.
    (
        "The National Democratic Front (NDF) boycotted the vote. NDF leaders said it was rigged.",
        "org:national-democratic-front",
        "NDF",
    ),
    // A surname opening a sentence links back to the full name.
    (
        "Lt. Gen. Mahmoud Faraj commanded the operation. Faraj was later promoted.",
        "person:mahmoud-faraj",
        "Faraj",
    ),
    // A company's name without its suffix, or its first word alone, is that company.
    (
        "Vantor Industries Inc raised its bid. Vantor Industries said it would not sell.",
        "org:vantor-industries-inc",
        "Vantor Industries",
    ),
    (
        "Dale Brisco, chairman of QMX Industries Inc, resigned. QMX said it would bid.",
        "org:qmx-industries-inc",
        "QMX",
    ),
    // The last words of the article's one longer organisation name are that organisation.
    (
        "The Danish National Bank cut rates. The National Bank said more would follow.",
        "org:danish-national-bank",
        "National Bank",
    ),
    // Two people share a surname: the bare surname is the one named in full most often.
    (
        "Anna Quist met donors. Jon Quist stayed home. Anna Quist then spoke, and Quist won.",
        "person:anna-quist",
        "Quist",
    ),
    // A lone given name is the one person of the article with that given name.
    (
        "Senator Margaret Vale spoke in Ohio. Later, Margaret told the crowd to vote.",
        "person:margaret-vale",
        "Margaret",
    ),
];

#[test]
fn a_lone_later_mention_of_a_descriptor_organisation_is_that_organisation() {
    let text = "Shoppers flocked to retailer Tesco on Monday. Tesco said sales rose.";
    let a = analyze(text);
    let tesco = a.entities.iter().find(|e| e.id == "org:tesco");
    let spans: Vec<&str> = tesco
        .map(|e| e.mentions.iter().map(|m| &text[m.start..m.end]).collect())
        .unwrap_or_default();
    assert_eq!(spans, ["Tesco", "Tesco"], "{:?}", a.entities);
}

#[test]
fn alias_cases() {
    let mut failures = Vec::new();
    for (text, id, alias) in ALIASES {
        let a = analyze(text);
        let e = a.entities.iter().find(|e| e.id == *id);
        if !e.is_some_and(|e| e.aliases.iter().any(|x| x == alias)) {
            failures.push(format!(
                "{text:?}\n  wants {id} aka {alias}\n  got   {:?}",
                a.entities
                    .iter()
                    .map(|e| (&e.id, &e.aliases))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (text, speaker id, content start, direct)
const QUOTES: &[(&str, Option<&str>, &str, bool)] = &[
    // "she" after a titled subject ("Home Office minister Jane Adley said she ...") marks that
    // subject as female, so a later "she said" is hers, not an earlier "Mrs".
    (
        "Mrs Penny Marlow denied it. Home Office minister Jane Adley said she hoped Mr Brown would stay. \"I work with him every day,\" she said.",
        Some("person:jane-adley"),
        "I work with him",
        true,
    ),
    (
        "Omar Haddad said the vote would be close but warned that the count could take a week.",
        Some("person:omar-haddad"),
        "the count could take a week",
        false,
    ),
    (
        "Asked whether the talks would resume, Omar Haddad said he did not know.",
        None,
        "whether the talks would resume",
        false,
    ),
    (
        "In a new poll released Monday, the governor leads the race by six points.",
        None,
        "the governor leads the race",
        false,
    ),
    (
        "Omar Haddad said the vote would be close — and he said the count would take a week.",
        Some("person:omar-haddad"),
        "the count would take a week",
        false,
    ),
    (
        "Omar Haddad, an Iraqi lawmaker, announced his resignation from the government on Tuesday.",
        Some("person:omar-haddad"),
        "his resignation",
        false,
    ),
    (
        "Omar Haddad, an Iraqi lawmaker, cited the rising cost of fuel.",
        Some("person:omar-haddad"),
        "the rising cost",
        false,
    ),
    (
        "The central bank is expected to raise interest rates again next month.",
        None,
        "The central bank is expected",
        false,
    ),
    (
        "\"We will not leave,\" said Omar Haddad, a senior Iraqi lawmaker.",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    (
        "Omar Haddad, an Iraqi lawmaker, said: \"We will not leave this country.\"",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    (
        "Omar Haddad, an Iraqi lawmaker, spoke. \"We will not leave this country,\" he said.",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    (
        "Omar Haddad, an Iraqi lawmaker, said on Tuesday that the troops would have to go home.",
        Some("person:omar-haddad"),
        "the troops would have to go home",
        false,
    ),
    (
        "The troops will stay for now, according to Omar Haddad, an Iraqi lawmaker.",
        Some("person:omar-haddad"),
        "The troops will stay",
        false,
    ),
    (
        "\"Nobody asked us,\" said a spokesman for the ministry.",
        None,
        "Nobody asked us",
        true,
    ),
    // `"A. B," he added` after an unnamed spokesman's words: the spokesman's body, though the
    // quote's own sentences come between (not the woman named before).
    (
        "Maria Lopez wrote the report. A spokesman for the Home Office said the plan was ready. \"We are pleased with it. The work is done,\" he added.",
        Some("org:uk-home-office"),
        "We are pleased with it",
        true,
    ),
    // A quote interrupted by its attribution is one quote.
    (
        "\"We will not leave,\" Omar Haddad said. \"The troops will stay here.\"",
        Some("person:omar-haddad"),
        "We will not leave,\" Omar Haddad said. \"The troops",
        true,
    ),
    (
        "\"We will not leave,\" Omar Haddad said, \"because the troops are needed here.\"",
        Some("person:omar-haddad"),
        "We will not leave,\" Omar Haddad said, \"because",
        true,
    ),
    // The hearer after `told` is not the speaker.
    (
        "Omar Haddad spoke on Monday. \"We will not leave this country,\" he told CNN.",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    // Verbs whose object is the content.
    (
        "Omar Haddad urged the government to bring the troops home.",
        Some("person:omar-haddad"),
        "the government to bring",
        false,
    ),
    (
        "Omar Haddad called for an immediate ceasefire in the north.",
        Some("person:omar-haddad"),
        "an immediate ceasefire",
        false,
    ),
    (
        "Omar Haddad accused the ministry of hiding the figures.",
        Some("person:omar-haddad"),
        "the ministry of hiding",
        false,
    ),
    (
        "Omar Haddad declined to comment on the report.",
        Some("person:omar-haddad"),
        "to comment",
        false,
    ),
    (
        "Omar Haddad endorsed the governor on Monday.",
        Some("person:omar-haddad"),
        "the governor",
        false,
    ),
    // `Name: what they said` lines.
    (
        "Omar Haddad: The troops will stay until the spring",
        Some("person:omar-haddad"),
        "The troops will stay",
        false,
    ),
    // A speaker without an entity ends the previous speaker's run of quotes.
    (
        "Omar Haddad spoke first. \"We will stay here for now,\" Haddad said. \"The plan is bad for us,\" said one aide.\n\n\"We will not leave this place at all.\"",
        None,
        "We will not leave this place",
        true,
    ),
    // A pronoun right before the verb is the subject, not a name earlier in the clause;
    // "he" resolves to a person known as male ("Mr.").
    (
        "Mr. John Smith arrived on Monday. In a swipe at Mary Jones, he said the troops would stay in the country.",
        Some("person:john-smith"),
        "the troops would stay",
        false,
    ),
    // "she" resolves to the person the article refers to as "she".
    (
        "Mary Jones spoke first. She thanked the crowd. Then Omar Haddad took the stage. \"We are not done here at all,\" she said.",
        Some("person:mary-jones"),
        "We are not done",
        true,
    ),
    // "they" resolves to an organisation, never to a person.
    (
        "Omar Haddad met the United Nations team on Monday. They said the troops would stay in the country.",
        Some("org:united-nations"),
        "the troops would stay",
        false,
    ),
    // The name after the verb is the speaker only when nothing stands before the verb.
    (
        "\"We will not leave this country at all,\" Mary Jones says Omar Haddad told her.",
        Some("person:mary-jones"),
        "We will not leave",
        true,
    ),
    (
        "\"We will not leave this country at all,\" warned Omar Haddad.",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    // Inversion across lower-case modifiers.
    (
        "\"We will not leave this country at all,\" said former senator Omar Haddad.",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    // An unrecognised capitalised subject right before the verb beats a name further back.
    (
        "After meeting Omar Haddad, Kowalczyk stated that the report was not good.",
        None,
        "the report was not good",
        false,
    ),
    // A long apposition between the quote and the verb.
    (
        "\"We will not leave this country at all,\" Omar Haddad, a senior lawmaker from the ruling party in the northern province, said.",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    // `Asked about X, Y said CLAUSE`: the clause is the content.
    (
        "Asked about the troops, Omar Haddad said they would stay.",
        Some("person:omar-haddad"),
        "they would stay",
        false,
    ),
    // `LEAD, X said, CLAUSE`.
    (
        "In the end, Omar Haddad said, the troops would stay in the country for years.",
        Some("person:omar-haddad"),
        "the troops would stay",
        false,
    ),
    // Two attributions in one sentence.
    (
        "While John Smith has said that the troops would stay, Omar Haddad said the troops would go home soon.",
        Some("person:omar-haddad"),
        "the troops would go home",
        false,
    ),
    // A participle after a comma has the clause's subject.
    (
        "Omar Haddad met John Smith in the capital, saying the troops would stay in the country.",
        Some("person:omar-haddad"),
        "the troops would stay",
        false,
    ),
    // More speech verbs.
    (
        "\"We will not leave this country at all,\" Omar Haddad joked.",
        Some("person:omar-haddad"),
        "We will not leave",
        true,
    ),
    // A closing cue with a longer tail: an adverbial, an apposition, a second part.
    (
        "The troops would stay in the north, Omar Haddad said in a radio interview on Monday.",
        Some("person:omar-haddad"),
        "The troops would stay",
        false,
    ),
    (
        "The troops would stay in the north, said Omar Haddad, a senior lawmaker from the ruling party.",
        Some("person:omar-haddad"),
        "The troops would stay",
        false,
    ),
    (
        "It would take two weeks to bring the troops home, Omar Haddad said, and the talks could fail.",
        Some("person:omar-haddad"),
        "It would take two weeks",
        false,
    ),
    // A lead clause before a parenthetical attribution is part of the content.
    (
        "Though the first vote went well, Omar Haddad said, the second one would be much harder.",
        Some("person:omar-haddad"),
        "Though the first vote went well",
        false,
    ),
    // "that" inside the reported clause is no complementizer.
    (
        "Omar Haddad said he knows how hard that can be.",
        Some("person:omar-haddad"),
        "he knows how hard",
        false,
    ),
    // A second verb of the same subject, a reporting participle after a comma.
    (
        "Omar Haddad praised the new plan and called for an immediate ceasefire in the north.",
        Some("person:omar-haddad"),
        "an immediate ceasefire",
        false,
    ),
    (
        "Omar Haddad said the troops would stay, arguing that the war was far from over.",
        Some("person:omar-haddad"),
        "the war was far from over",
        false,
    ),
    // A verb of thinking with a bare clause.
    (
        "Omar Haddad believes the troops will stay in the country.",
        Some("person:omar-haddad"),
        "the troops will stay",
        false,
    ),
    // "according to" attributes the whole sentence, verbs inside it included.
    (
        "Omar Haddad declined the offer from the ministry, according to two senior officials.",
        None,
        "Omar Haddad declined the offer",
        false,
    ),
    // A second attribution after a clause break.
    (
        "Omar Haddad agreed that the plan was good, but he said that the troops should wait.",
        Some("person:omar-haddad"),
        "the troops should wait",
        false,
    ),
    // spk26: an unnamed spokesman speaks for the company opening his words (and a "he"
    // after him goes on with it); not for a country, nor a company after a preposition.
    (
        "Norland Mining Corp will close its smelter in June, a spokesman said. He said the plant had lost money for years.",
        Some("org:norland-mining-corp"),
        "Norland Mining Corp will close",
        false,
    ),
    (
        "Norland Mining Corp will close its smelter in June, a spokesman said. He said the plant had lost money for years.",
        Some("org:norland-mining-corp"),
        "the plant had lost money",
        false,
    ),
    (
        "Norland Mining Corp said it would expand its plant in Texas. A spokesman said no figures on the cost were available.",
        Some("org:norland-mining-corp"),
        "no figures on the cost",
        false,
    ),
    (
        "Norland Mining Corp said it would expand its plant in Texas. Zeta Corp rejected the plan. A spokesman said no figures on the cost were available.",
        None,
        "no figures on the cost",
        false,
    ),
    (
        "Brazil will stop paying its debts, a spokesman said.",
        None,
        "Brazil will stop",
        false,
    ),
    (
        "The Norland Mining Corp listing will end in May, a spokesman said.",
        None,
        "The Norland Mining Corp listing",
        false,
    ),
    (
        "Shares of Norland Mining Corp fell sharply on Monday, a spokesman said.",
        None,
        "Shares of Norland",
        false,
    ),
    // spk26: `X Co of Canada, 90 pct-owned by Y, said CLAUSE`: X speaks, the clause is said.
    (
        "Norland Mining Co of Canada, 90 pct-owned by Norland Mining Corp, said February sales fell six pct.",
        Some("org:norland-mining-co"),
        "February sales fell six pct",
        false,
    ),
    (
        // (Session 46: "Corp of" and a country is the company's full name, the Canadian unit.)
        "Acme Corp of Canada, a unit of Zeta Corp, said sales fell six pct.",
        Some("org:acme-corp-of-canada"),
        "sales fell six pct",
        false,
    ),
    // spk26: "they" after `The officials ...` goes on with the officials named before them.
    (
        "Imports rose in March. Finance Ministry officials blamed the slower growth on oil. The officials took comfort from a fall in exports. This means the yen is finally hurting exports, they said.",
        Some("org:finance-ministry"),
        "This means the yen",
        false,
    ),
    // spk26: "according to" a company's titled person is that person's.
    (
        "Prices will rise this year, according to Norland Mining Corp chief executive Jo Patel.",
        Some("person:jo-patel"),
        "Prices will rise",
        false,
    ),
    (
        "Prices will rise this year, according to Norland Mining Corp and Jo Patel.",
        Some("org:norland-mining-corp"),
        "Prices will rise",
        false,
    ),
    // spk26: `a Cable spokesman` after `Cable and Wireless Plc`; a capitalised adjective before
    // a plural noun is no short name (`Congressional sources`).
    (
        "Cable and Wireless Plc rejected the plan on Monday. A Cable spokesman said the offer was too low.",
        Some("org:cable-and-wireless"),
        "the offer was too low",
        false,
    ),
    (
        "The Congressional Budget Office published its figures. Congressional sources said the bill would pass.",
        None,
        "the bill would pass",
        false,
    ),
    // spk26: where and how someone spoke, set off by commas, is no subject.
    (
        "Acme Corp leader Jonas Smith, in a statement issued in Paris and released by Acme's office in London to the press, said he would sell the plant.",
        Some("person:jonas-smith"),
        "he would sell the plant",
        false,
    ),
    // spk26: "the president of X" speaks as the one president of X the article names.
    (
        "Farm prices will fall this year, the president of the Ohio Corn Growers Association, OCGA, said.\n    \"We are worried,\" Dale Wenner, OCGA president, told Reuters.",
        Some("person:dale-wenner"),
        "Farm prices will fall",
        false,
    ),
    // spk26: a quote left open after an attributed one ends with its paragraph when the next
    // paragraph's quote names a speaker of its own; with "he said" the run goes on.
    (
        "    \"They are worried about the lawsuit,\" said Jo Brown, an analyst at Acme Inc. \"Apparently they will keep talking but I do not know where this goes.\n    \"It is getting confusing,\" said Al Green, an analyst at Beta Corp.",
        Some("person:al-green"),
        "It is getting confusing",
        true,
    ),
    (
        "    \"They are worried about the lawsuit,\" said Jo Brown, an analyst at Acme Inc. \"Apparently they will keep talking but I do not know where this goes.\n    \"It is getting confusing,\" he said.",
        Some("person:jo-brown"),
        "Apparently they will keep talking but I do not know where this goes.\n    \"It is",
        true,
    ),
    // perf26: sentences whose one cue is a word outside the one-word reporting forms (a phrase's
    // first word, a verb with its preposition, "hopes to", a "that" verb, "according to",
    // "sees X as"): the per-sentence gate of the indirect pass must let each of them through.
    (
        "Maria Lopez pointed out that the budget would not cover the new roads.",
        Some("person:maria-lopez"),
        "the budget would not cover",
        false,
    ),
    (
        "The minister referred to the rising cost of fuel in the northern provinces.",
        None,
        "the rising cost of fuel",
        false,
    ),
    (
        "Acme Corp hopes to sell the plant before the end of the year.",
        Some("org:acme-corp"),
        "to sell the plant",
        false,
    ),
    (
        "The court ruled that the contract had been broken by the builders.",
        None,
        "the contract had been broken",
        false,
    ),
    (
        "Prices of copper will rise further next year, according to Peter Hall.",
        None,
        "Prices of copper will rise",
        false,
    ),
    (
        "The board sees the merger as a way to cut costs in Europe.",
        None,
        "the merger as a way",
        false,
    ),
    // A person named between a speaker and the words attributed (an object, an adverbial of
    // the attributing clause) does not take over the next "he": the speaker goes on.
    (
        "Copper stocks remain low, Mining Minister Omar Haddad said. He told reporters after meeting with President Karim Nasser that demand was weak. Prices had also fallen because smelters were idle, he said.",
        Some("person:omar-haddad"),
        "Prices had also fallen",
        false,
    ),
    (
        "Copper stocks remain low, Mining Minister Omar Haddad said. He told President Karim Nasser that demand was weak. He said prices would recover.",
        Some("person:omar-haddad"),
        "prices would recover",
        false,
    ),
    // (Also when the words come first: `CLAUSE, X said after meeting Y.`) A pronoun after an
    // adverbial set off by a comma (`Asked ..., he replied`) goes on with the speaker too, and
    // so does one after a sentence that opens with the same pronoun and attributes nothing.
    (
        "Copper stocks remain low, Mining Minister Omar Haddad said after meeting President Karim Nasser. Asked about the output, he said prices would recover.",
        Some("person:omar-haddad"),
        "prices would recover",
        false,
    ),
    (
        "Copper stocks remain low, Mining Minister Omar Haddad said after meeting President Karim Nasser. Asked what the output was, he replied: \"Below ten tonnes.\" He did not elaborate. He said prices would recover.",
        Some("person:omar-haddad"),
        "prices would recover",
        false,
    ),
    // A pronoun after a leading adverb or adverbial is the subject a participle shares.
    (
        "Omar Haddad spoke for an hour. Then he attacked Karim Nasser, calling him a coward.",
        Some("person:omar-haddad"),
        "him a coward",
        false,
    ),
    (
        "Omar Haddad spoke for an hour. In interviews on Sunday, he defended Karim Nasser's plan, saying that the plan would work.",
        Some("person:omar-haddad"),
        "the plan would work",
        false,
    ),
    // ... but a second subject ("and") does.
    (
        "Copper stocks remain low, Mining Minister Omar Haddad said. Later Haddad and President Karim Nasser told reporters that demand was weak. Prices had also fallen, he said.",
        Some("person:karim-nasser"),
        "Prices had also fallen",
        false,
    ),
    // "the Forum" after "the Forum for the Future": the one organisation whose name opens so.
    (
        "The Forum for the Future published a study of old phones. But the Forum found that more needed to be done to collect them.",
        Some("org:forum-for-the-future"),
        "more needed to be done",
        false,
    ),
    // ... and nobody when two organisations open with the word.
    (
        "The Forum for the Future and the Forum of Private Business published a study of old phones. But the Forum found that more needed to be done to collect them.",
        None,
        "more needed to be done",
        false,
    ),
    // An apposition set off by spaced hyphens: the subject before it speaks, not a name inside.
    (
        "Mr Jo Hamm - the largest investor in Borussia Dortmund - said the club would survive.",
        Some("person:jo-hamm"),
        "the club would survive",
        false,
    ),
];

/// Content boundaries: a reported clause ends at `, but` (what follows is a second
/// attribution of its own); a direct quote is not reported again as indirect speech.
#[test]
fn quote_content_boundaries() {
    let a = analyze(
        "Omar Haddad said the troops would stay in the country, but he refused to give a date.",
    );
    let contents: Vec<&str> = a.quotes.iter().map(|q| q.content.text.as_str()).collect();
    assert_eq!(
        contents,
        ["the troops would stay in the country", "to give a date"],
        "{:?}",
        a.quotes
    );
    let a = analyze(
        "\"We will not leave this country at all,\" Omar Haddad, a senior lawmaker from the ruling party in the northern province, said.",
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
}

/// The speaker id of the quote of `a` whose content starts with `start`.
fn speaker_of(a: &Analysis, start: &str) -> Option<String> {
    a.quotes
        .iter()
        .find(|q| q.content.text.starts_with(start))
        .and_then(|q| q.speaker.clone())
}

/// Checks quote cases (text, speaker id, first words of the content, direct): the quote
/// whose content starts with those words has that speaker and directness.
fn check_quote_cases(cases: &[(&str, Option<&str>, &str, bool)]) {
    let mut failures = Vec::new();
    for (text, speaker, starts, direct) in cases {
        let a = analyze(text);
        let hit = a.quotes.iter().find(|q| q.content.text.starts_with(starts));
        match hit {
            Some(q) if q.speaker.as_deref() == *speaker && q.direct == *direct => {}
            other => failures.push(format!(
                "{text:?}\n  wants {speaker:?} <= {starts:?} direct={direct}\n  got   {:?}",
                other.map(|q| (&q.speaker, &q.content.text, q.direct))
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn quote_cases() {
    check_quote_cases(QUOTES);
}

#[test]
fn quote_dates_resolve_against_the_article_date() {
    let a = analyze(
        "Omar Haddad, an Iraqi lawmaker, said on Tuesday that the troops would have to go home.",
    );
    assert_eq!(a.quotes[0].date.as_deref(), Some("2020-01-14"));
}

/// Inputs the fuzzers crashed on, fed to the extractor the way the `extract` fuzz target does
/// (lossily decoded, no reader): each must give an analysis whose spans all check out.
#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fuzz-regressions"
    ));
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let a = Article::from_text("fuzz", &text);
        let an = analyze_article(&a);
        an.check_spans(&a.raw)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        n += 1;
    }
    assert!(n >= 1, "no regression inputs found");
}

fn analyze_article(a: &Article) -> Analysis {
    thread_local! {
        static P: Pipeline = Pipeline::builtin().unwrap();
    }
    P.with(|p| p.analyze(a))
}

#[test]
fn an_object_content_ends_before_a_relative_clause() {
    let a = analyze(
        "Omar Haddad, an Iraqi lawmaker, praised the new budget, which cuts taxes for farmers.",
    );
    let contents: Vec<&str> = a.quotes.iter().map(|q| q.content.text.as_str()).collect();
    assert_eq!(contents, ["the new budget"], "{:?}", a.quotes);
}

/// Exact contents of every quote found in a sentence.
const QUOTE_CONTENTS: &[(&str, &[&str])] = &[
    // A cue in a subordinate clause opening the sentence: the content ends at the main clause.
    (
        "Although Omar Haddad said the troops would stay, the ministry ordered them home.",
        &["the troops would stay"],
    ),
    // An object ends before a participle clause set off by a comma.
    (
        "Omar Haddad praised the new budget, visiting a school in the north of the country.",
        &["the new budget"],
    ),
    // A verb of speech with a bare clause (a subject pronoun, or a subject and a finite verb).
    (
        "Omar Haddad stressed the troops would stay in the north.",
        &["the troops would stay in the north"],
    ),
    (
        "The ministers revealed they had met the rebels.",
        &["they had met the rebels"],
    ),
    ("Omar Haddad confirmed the deal.", &[]),
    // ... not a noun before the clause's own cue, a noun reading, an infinitive, a hearer.
    (
        "The Bank report said the economy would grow.",
        &["the economy would grow"],
    ),
    (
        "Omar Haddad's written statement said the troops would stay.",
        &["the troops would stay"],
    ),
    ("US state Texas has filed a lawsuit against the firm.", &[]),
    ("All they need to add now is a title.", &[]),
    ("A bandmate informed the crowd Omar was in the toilet.", &[]),
    // `X, which said A, said B`: the relative clause ends before the main verb.
    (
        "Acme Holdings, which said it holds a 5 pct stake in the bank, said it may buy more shares.",
        &[
            "it holds a 5 pct stake in the bank",
            "it may buy more shares",
        ],
    ),
];

#[test]
fn quote_contents() {
    let mut failures = Vec::new();
    for (text, want) in QUOTE_CONTENTS {
        let a = analyze(text);
        let got: Vec<&str> = a.quotes.iter().map(|q| q.content.text.as_str()).collect();
        if got != *want {
            failures.push(format!("{text:?}\n  wants {want:?}\n  got   {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (text, entity id, a surface form that must be one of that entity's mentions)
const SHORT_FORMS: &[(&str, &str, &str)] = &[
    // A company's first word stands for it later.
    (
        "Harrow Robotics Inc said profit rose. In the quarter, Harrow earned 9.9 mln dlrs.",
        "org:harrow-robotics-inc",
        "Harrow",
    ),
    // An acronym that counts "of" in its letters.
    (
        "The Bureau of Coastal Safety (BOCS) closed the port. BOCS officials said it would reopen.",
        "org:bureau-of-coastal-safety",
        "BOCS",
    ),
    // An acronym set off by commas.
    (
        "The International Coffee Organisation, ICO, board meets today. The ICO said prices fell.",
        "org:international-coffee-organisation",
        "ICO",
    ),
    // A definition in another spelling of a lexicon body's name joins the lexicon body.
    (
        "The Organisation for Economic Cooperation and Development (OECD) said growth would slow.",
        "org:oecd",
        "Organisation for Economic Cooperation and Development",
    ),
    // ent18: a company's first word is the one company of that name with only a legal form,
    // not its unit.
    (
        "Velko Corp agreed to sell Velko Express Ltd. Velko said the sale would close soon.",
        "org:velko-corp",
        "Velko",
    ),
    // Undefined acronyms: without the head word, and of a body named twice.
    (
        "The Public and Civil Workers Union called a strike. The PCW said talks had failed.",
        "org:public-and-civil-workers-union",
        "PCW",
    ),
    (
        "The Office of Coastal Safety closed the port. The Office of Coastal Safety warned ships. The OCS said talks had failed.",
        "org:office-of-coastal-safety",
        "OCS",
    ),
];

#[test]
fn short_forms_join_their_entity() {
    let mut failures = Vec::new();
    for (text, id, form) in SHORT_FORMS {
        let a = analyze(text);
        let ok = a
            .entities
            .iter()
            .any(|e| e.id == *id && e.mentions.iter().any(|m| m.text == *form));
        if !ok {
            let got: Vec<(String, Vec<String>)> = a
                .entities
                .iter()
                .map(|e| {
                    (
                        e.id.clone(),
                        e.mentions.iter().map(|m| m.text.clone()).collect(),
                    )
                })
                .collect();
            failures.push(format!("{text:?}\n  wants {form} in {id}\n  got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// "agreed to acquire" is a deal, not speech: no quote with "agreed" as its cue (biz11).
#[test]
fn agreeing_to_act_is_no_quote() {
    let a = analyze("Corvin Steel Inc agreed to acquire Dalloway Metals Inc for 80 mln dlrs.");
    assert!(
        a.quotes
            .iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "agreed")),
        "{:?}",
        a.quotes
    );
    let a = analyze("Omar Haddad agreed that the plan was good for the country.");
    assert!(!a.quotes.is_empty(), "agreeing that still reports");
}

/// relc19: company deals in wire copy. A subject with a descriptive appositive ("X, a Denver
/// investment firm, said it ..."); shares of a company bought or sold ("412,000 X common
/// shares", "12 pct of X"); a bid for a bracketed company.
const RELATIONS_RELC19: &[(&str, &[&str])] = &[
    (
        "Korvath Holdings Inc, a Denver investment firm, said it acquired Pelmar Tools Inc.",
        &["org:korvath-holdings-inc -buys-> org:pelmar-tools-inc [reported]"],
    ),
    (
        "Korvath Holdings Inc, a Denver, Colo., investment firm, told regulators it has bought Pelmar Tools Inc.",
        &["org:korvath-holdings-inc -buys-> org:pelmar-tools-inc [reported]"],
    ),
    (
        "Brandel Corp bought 412,000 Tessaly Mining Corp common shares last month.",
        &["org:brandel-corp -buys-> org:tessaly-mining-corp [asserted]"],
    ),
    (
        "Brandel Corp sold 90,000 Tessaly Mining Corp shares between May 2 and May 9.",
        &["org:brandel-corp -sells-> org:tessaly-mining-corp [asserted]"],
    ),
    (
        "Brandel Corp acquired nearly 12 pct of Tessaly Mining Corp in March.",
        &["org:brandel-corp -buys-> org:tessaly-mining-corp [asserted]"],
    ),
    (
        "Brandel Corp's takeover offer for <Tessaly Mining Corp> was well received.",
        &["org:brandel-corp -buys-> org:tessaly-mining-corp [intended]"],
    ),
    // Money needed for a purchase makes it intended; a court keeping a buyer from it, negated.
    (
        "Brandel Corp said it will need about 90 mln dlrs to acquire the 3,100,000 Tessaly Mining Corp shares.",
        &["org:brandel-corp -buys-> org:tessaly-mining-corp [intended]"],
    ),
    (
        "A court issued an order to prevent Brandel Corp from buying additional Tessaly Mining Corp shares.",
        &["org:brandel-corp -buys-> org:tessaly-mining-corp [negated]"],
    ),
];

/// (text, relations that must not be present) for relc19.
const NOT_RELATIONS_RELC19: &[(&str, &[&str])] = &[
    // An option to buy shares is no purchase.
    (
        "Brandel Corp holds options to purchase 500,000 Tessaly Mining Corp shares.",
        &["org:brandel-corp -buys->"],
    ),
];

/// Runs a helper's case lists: every `(text, wanted)` relation must be found, and no relation
/// containing an entry of `(text, forbidden)` may be; all failures are reported at once.
fn check_relation_lists(wanted: &[(&str, &[&str])], forbidden: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in wanted {
        let got = relations(&analyze(text));
        for w in *want {
            if !got.iter().any(|g| g == w) {
                failures.push(format!("{text:?}\n  wants {w}\n  got   {got:?}"));
            }
        }
    }
    for (text, bad) in forbidden {
        let got = relations(&analyze(text));
        for b in *bad {
            if got.iter().any(|g| g.contains(b)) {
                failures.push(format!("{text:?}\n  must not have {b}\n  got   {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn relc19_company_deal_cases() {
    check_relation_lists(RELATIONS_RELC19, NOT_RELATIONS_RELC19);
}

/// rela19 (conflict verbs): a title-only object before the "of" of a charge or a danger, a
/// named conjunct after a title-only object, and role nouns before a full name.
const RELATIONS_RELA19: &[(&str, &[&str])] = &[
    (
        "Prime Minister Ivo Darnell spoke on Monday. Opposition leader Karl Vendrum accused the prime minister of lying.",
        &["person:karl-vendrum -accuses-> person:ivo-darnell [asserted]"],
    ),
    (
        "Prime Minister Ivo Darnell spoke on Monday. Karl Vendrum warned the prime minister of the risks.",
        &["person:karl-vendrum -warns-> person:ivo-darnell [asserted]"],
    ),
    (
        "Prime Minister Ivo Darnell spoke on Monday. Karl Vendrum accused the prime minister and Mr Olund of squabbling.",
        &[
            "person:karl-vendrum -accuses-> person:ivo-darnell [asserted]",
            "person:karl-vendrum -accuses-> person:olund [asserted]",
        ],
    ),
    (
        "Karl Vendrum criticised shadow finance minister Ivo Darnell.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Lena Marsh assailed eventual nominee Tomas Kvist's paid speeches.",
        &["person:lena-marsh -criticizes-> person:tomas-kvist [asserted]"],
    ),
    (
        "Lena Marsh praised evangelist Tomas Kvist for his work.",
        &["person:lena-marsh -praises-> person:tomas-kvist [asserted]"],
    ),
];

#[test]
fn relation_cases_rela19() {
    check_relation_lists(RELATIONS_RELA19, &[]);
}

/// relb19: cooperation events stated as nouns and light verbs. An agreement noun takes its
/// partner after "with" and its sides after "between"; "A and B reached an accord" binds the
/// two; a visit's agent after "by" may carry a title alone; money given to someone goes to
/// the one after "to" (a sum with no aid word is economic cooperation, 061). (Guards checked by hand, not listed: they pass on the start binary.)
const RELATIONS_RELB19: &[(&str, &[&str])] = &[
    (
        "Brazil reached a new trade agreement with Argentina on Tuesday.",
        &["country:brazil -agrees-> country:argentina [asserted]"],
    ),
    (
        "Poland hopes to strike a deal with Norway next month.",
        &["country:poland -agrees-> country:norway [intended]"],
    ),
    (
        "Chile and Peru concluded an accord on fishing rights.",
        &["country:chile -agrees-> country:peru [asserted]"],
    ),
    (
        "The accord between Kenya and Uganda covers rail freight.",
        &["country:kenya -agrees-> country:uganda [asserted]"],
    ),
    (
        "Growing cooperation between Vietnam and India worries analysts.",
        &["country:vietnam -cooperates-> country:india [asserted]"],
    ),
    (
        "Talks are expected during next week's visit to Lima by Foreign Minister Odo Brennan.",
        &["person:odo-brennan -visits-> country:peru [intended]"],
    ),
    (
        "Japan provided 300 million dollars to Indonesia last year.",
        &["country:japan -cooperates-> country:indonesia [asserted]"],
    ),
];

#[test]
fn relations_relb19() {
    check_relation_lists(RELATIONS_RELB19, &[]);
}

/// trade20: commodity deals between countries. The buyer buys the seller country (a country or
/// demonym before the goods, or a `from` phrase), the seller sells the buyer country (a `to`
/// phrase, or the country right after the verb); a plan or agreement to trade is intended.
const RELATIONS_TRADE20: &[(&str, &[&str])] = &[
    (
        "Portugal bought 45,000 tonnes of Argentine maize on Monday.",
        &["country:portugal -buys-> country:argentina [asserted]"],
    ),
    (
        "Norway has agreed to sell barley to Poland.",
        &["country:norway -sells-> country:poland [intended]"],
    ),
    (
        "Chile sold Peru 20,000 tonnes of copper this month.",
        &["country:chile -sells-> country:peru [asserted]"],
    ),
    (
        "Morocco plans to import more Canadian wheat.",
        &["country:morocco -buys-> country:canada [intended]"],
    ),
    (
        "Kenya will import 60,000 tons of diesel from Russia.",
        &["country:kenya -buys-> country:russia [intended]"],
    ),
    (
        "Thailand sold 80,000 tonnes of white rice to Indonesia and Malaysia.",
        &[
            "country:thailand -sells-> country:indonesia [asserted]",
            "country:thailand -sells-> country:malaysia [asserted]",
        ],
    ),
    (
        "Uruguay has agreed to sell 12,000 tonnes of beef this year to Egypt.",
        &["country:uruguay -sells-> country:egypt [intended]"],
    ),
    (
        "Ecuador said Gabon was buying Ecuadorean bananas, with Chad buying 900 tonnes of Peruvian sugar.",
        &["country:chad -buys-> country:peru [reported]"],
    ),
];

/// (text, relations that must not be present) for trade20: statistics, habits, a demonym that
/// describes the buyer, and the direction a sentence does not state. (Guards: they hold on
/// the start binary too.)
const NOT_RELATIONS_TRADE20: &[(&str, &[&str])] = &[
    (
        "Spain imported 2 mln tonnes of Argentine maize last year, up 12 pct from 1990.",
        &["country:spain -buys->"],
    ),
    (
        "Egypt is expected to buy 300,000 tonnes of French wheat in the coming months.",
        &["country:egypt -buys->"],
    ),
    (
        "Vietnam imports most of its cotton from India.",
        &["country:vietnam -buys->"],
    ),
    (
        "Italian millers bought 9,000 tonnes of Austrian wheat.",
        &["country:italy -buys->"],
    ),
    (
        "Greece has agreed to buy 30,000 tonnes of Bulgarian corn.",
        &["country:bulgaria -sells->"],
    ),
];

#[test]
fn relations_trade20() {
    check_relation_lists(RELATIONS_TRADE20, NOT_RELATIONS_TRADE20);
}

/// rela20: argument shapes of meetings, talks, cooperation and appeals. A demonym before
/// "counterpart" gives way to the person named after it; a person after "and the <office> of
/// X," is coordinated with the one before "and"; seeking, building or proposing a meeting, talks
/// or a partnership makes the seeker its actor; "discussed X with Y" negotiates with Y (not with
/// a country after "relations with"); "sought X from Y" and "persuaded Y" appeal to Y; one who
/// attends a body's meeting meets the body. (Guards checked by hand, not listed: they pass on
/// the start binary.)
const RELATIONS_RELA20: &[(&str, &[&str])] = &[
    (
        "Finance Minister Ivo Darnell met his Chilean counterpart, Tomas Kvist, on Monday.",
        &["person:ivo-darnell -meets-> person:tomas-kvist [asserted]"],
    ),
    (
        "Foreign Minister Lena Marsh held talks with her Kenyan counterpart, Tomas Kvist.",
        &["person:lena-marsh -negotiates-> person:tomas-kvist [asserted]"],
    ),
    (
        "Karl Vendrum and the governor of the central bank of Chile, Tomas Kvist, met in Santiago.",
        &["person:karl-vendrum -meets-> person:tomas-kvist [asserted]"],
    ),
    (
        "Ecuador will seek closer cooperation with Colombia.",
        &["country:ecuador -cooperates-> country:colombia [intended]"],
    ),
    (
        "Prime Minister Ivo Darnell failed to build a coalition with the Liberal Party.",
        &["person:ivo-darnell -cooperates-> org:liberal-party [negated]"],
    ),
    (
        "Chilean officials said they will discuss copper prices with Peruvian officials next month.",
        &["country:chile -negotiates-> country:peru [intended]"],
    ),
    (
        "Kenya will seek clarification from the World Bank about the loan.",
        &["country:kenya -appeals-> org:world-bank [intended]"],
    ),
    (
        "Ecuador is seeking a loan of 300 million dollars from the International Monetary Fund.",
        &["country:ecuador -appeals-> org:imf [asserted]"],
    ),
    (
        "Peru hopes to persuade the Japanese government to lift its fishing quotas.",
        &["country:peru -appeals-> country:japan [intended]"],
    ),
    (
        "Karl Vendrum attended a British National Party meeting last year.",
        &["person:karl-vendrum -meets-> org:british-national-party [asserted]"],
    ),
    (
        "Finance Minister Ivo Darnell will attend the G7 summit in Rome.",
        &["person:ivo-darnell -meets-> org:g7 [intended]"],
    ),
];

#[test]
fn relation_cases_rela20() {
    check_relation_lists(RELATIONS_RELA20, &[]);
}

/// text21: "the company" opening what a company's spokesman or official said is that company,
/// and so is the "its" after it, not the company opening the sentence before ("Brill rejected
/// the offer. A Halvern spokesman said the company ... its offer").
const RELATIONS_TEXT21: &[(&str, &[&str])] = &[
    (
        "Brill Inc rejected the offer on Friday. A Halvern Corp spokesman said the company has filed for approval on its offer to buy Brill Inc.",
        &["org:halvern-corp -buys-> org:brill-inc [intended]"],
    ),
    (
        "Brill Inc rejected the bid on Friday. A Halvern Corp official said the firm has sought approval of its plan to acquire Brill Inc.",
        &["org:halvern-corp -buys-> org:brill-inc [intended]"],
    ),
];

#[test]
fn relation_cases_text21() {
    check_relation_lists(RELATIONS_TEXT21, &[]);
}

/// text21: a user lexicon's `commodities` row (as `--lexicon FILE` with `#! table:
/// commodities` adds it) makes a good the built-in table lacks the goods of a deal.
#[test]
fn user_commodity_row_text21() {
    let text = "Norway sold 40 tonnes of saffron to Peru on Friday.";
    let want = "country:norway -sells-> country:peru [asserted]";
    let got = relations(&analyze(text));
    assert!(!got.iter().any(|g| g == want), "built-in: {got:?}");
    let mut lex = newsgraph::lexicon::Lexicon::builtin().unwrap();
    lex.parse_into("mine.tsv", "commodities", "# spices\nsaffron\tgoods\n")
        .unwrap();
    let mut a = Article::from_text("case", text);
    a.meta.published = chrono::NaiveDate::from_ymd_opt(2020, 1, 16);
    let got = relations(&Pipeline::new(&lex).analyze(&a));
    assert!(got.iter().any(|g| g == want), "with the row: {got:?}");
}

/// rela21: statements about others whose target is named indirectly. Opposing a side or its
/// plan disapproves of it (CAMEO 110), also "is opposed to X" (not "as opposed to"); pressure
/// from, by or on a named side is its demand ("came under pressure from X", "X pressure on Y"),
/// and resisting it ("despite X pressure", "regardless of pressure from X") rejects the presser,
/// asserted whatever the clause negates; "pressed X to ..." demands of its direct object; "the
/// request of X" is X's; "called for an end to X's quotas" and "the resignation of X" demand of
/// X. (Guards checked by hand, not listed: they pass on the start binary: "as opposed to X",
/// "told the press that X", a pressure with no named presser state no event.)
const RELATIONS_RELA21: &[(&str, &[&str])] = &[
    (
        "Chancellor Karl Vendrum opposed the Danish proposal on fishing quotas.",
        &["person:karl-vendrum -criticizes-> country:denmark [asserted]"],
    ),
    (
        "Senator Lena Marsh strongly opposes Ivo Darnell's tax plan.",
        &["person:lena-marsh -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Kenya is firmly opposed to Tanzania's bid for the council seat.",
        &["country:kenya -criticizes-> country:tanzania [asserted]"],
    ),
    (
        "Ecuador came under pressure from the World Bank to cut spending.",
        &["org:world-bank -demands-> country:ecuador [asserted]"],
    ),
    (
        "Chile will not lower its tariffs despite Argentine pressure.",
        &["country:chile -rejects-> country:argentina [asserted]"],
    ),
    (
        "The European Union stepped up pressure on Norway to open its fisheries.",
        &["org:european-union -demands-> country:norway [asserted]"],
    ),
    (
        "Kenya pressed Uganda to reopen the border crossing.",
        &["country:kenya -demands-> country:uganda [asserted]"],
    ),
    (
        "Chile turned down the request of Bolivia for a sea port.",
        &["country:chile -rejects-> country:bolivia [asserted]"],
    ),
    (
        "Karl Vendrum called for the resignation of Ivo Darnell.",
        &["person:karl-vendrum -demands-> person:ivo-darnell [asserted]"],
    ),
    (
        "Norway called for an end to Iceland's whaling quotas.",
        &["country:norway -demands-> country:iceland [asserted]"],
    ),
];

#[test]
fn relation_cases_rela21() {
    check_relation_lists(RELATIONS_RELA21, &[]);
}

/// (text, entity ids that must be present) for names in a speaker's or actor's position that
/// no lexicon row or company word gives (ent21).
const ENTITY_IDS_ENT21: &[(&str, &[&str])] = &[
    // An honorific before a surname that is also a common word or a title.
    ("Mr Pound said the budget was wrong.", &["person:pound"]),
    (
        "Ms Bishop told the inquiry she had no regrets.",
        &["person:bishop"],
    ),
    (
        "Critics were led by Mr Dean, who said the plan would fail.",
        &["person:dean"],
    ),
    // Capitalised words before "said it"/"said its" name a body.
    (
        "Copper Ridge said it would close two mines.",
        &["org:copper-ridge"],
    ),
    (
        "Brenmoor said its profit doubled in the quarter.",
        &["org:brenmoor"],
    ),
    // Continental legal forms.
    (
        "Shares of Castellari Marini SpA rose on Tuesday.",
        &["org:castellari-marini-spa"],
    ),
    ("Velmora Oy agreed to buy the mill.", &["org:velmora-oy"]),
    (
        "Drummond Pacific L.P. said it sold the hotel.",
        &["org:drummond-pacific-lp", "!loc:pacific-ocean"],
    ),
    (
        "The deal was signed with Orsolina S.A. last week.",
        &["org:orsolina-sa"],
    ),
    (
        "The mine belongs to Compania Minera y de Fundicion S.A. of Peru.",
        &["org:compania-minera-y-de-fundicion-sa"],
    ),
    // A possessive inside a body's name; more organisation heads.
    (
        "The Kelp Farmers' Federation said prices fell.",
        &["org:kelp-farmers-federation"],
    ),
    (
        "The Riverside Cattlemen's Association met on Monday.",
        &["org:riverside-cattlemens-association"],
    ),
    (
        "The Teachers' Confederation of Velaria called a strike.",
        &["org:teachers-confederation-of-velaria"],
    ),
    // After a plural owner or a saint, the head may come two or three words on;
    // after a name it may not (the owner is another entity).
    (
        "A study for the Women's Policy Center found that men wrote most stories.",
        &["org:womens-policy-center", "!org:policy-center"],
    ),
    (
        "The Glass Workers' Mutual Pension Fund sold the shares.",
        &["org:glass-workers-mutual-pension-fund"],
    ),
    (
        "He taught at St Corran's High School in Galway.",
        &["org:st-corrans-high-school"],
    ),
    // Two titled names joined by "and", the second title after words of its body; Bonn is
    // West Germany's capital (1949-1990), the government in wire copy of the time.
    (
        "The team, headed by Finance Minister Ade Okonkwo and Central Bank Governor Musa Abdul, met.",
        &["person:ade-okonkwo", "person:musa-abdul"],
    ),
    (
        "Boeing built the Kesh Air Lines jet that crashed.",
        &["org:kesh-air-lines", "!org:air-lines"],
    ),
    (
        "West Germany's exports rose. Bonn said growth would slow.",
        &["country:west-germany", "!loc:bonn"],
    ),
    (
        "Lord Harwick's Kestrel International bought the paper.",
        &[
            "org:kestrel-international",
            "!org:lord-harwicks-kestrel-international",
        ],
    ),
    (
        "The Screen Writers Guild called a strike.",
        &["org:screen-writers-guild"],
    ),
    (
        "The Irish Federation of Hauliers said costs rose.",
        &["org:irish-federation-of-hauliers", "!country:ireland"],
    ),
    // The body a spokesman speaks for.
    (
        "Jon Petrie, a spokesman for Harrowgate Relief, said aid was arriving.",
        &["org:harrowgate-relief"],
    ),
    // A company named "X's Group" is also the bare "X's" later: one entity, not two.
    (
        "Southbank rejected an offer from brewer Dunmore's Group. Dunmore's said it would return.",
        &["org:dunmores-group", "!org:dunmore"],
    ),
    // An acronym that opens a firm's name of up to four words is that firm later.
    (
        "Optimism rose, say researchers at QRB Stoy Harwood. The slowdown will be brief, QRB said, and QRB Stoy Harwood partner Ed Hale agreed.",
        &["org:qrb-stoy-harwood", "!org:qrb"],
    ),
];

#[test]
fn entity_ids_ent21() {
    check_entity_ids(ENTITY_IDS_ENT21);
}

/// rela22: sides named by a possessor, a premodifier or an appositive; coordinated objects of
/// "pressed"; a counterpart named after a line break.
const RELATIONS_RELA22: &[(&str, &[&str])] = &[
    (
        "Energy minister Tomas Vargo will meet his Peruvian counterpart,\nAna Ruizco, in May.",
        &["person:tomas-vargo -meets-> person:ana-ruizco [intended]"],
    ),
    (
        "Karl Dorn pressed Chile and Peru to cut their tariffs.",
        &[
            "person:karl-dorn -demands-> country:chile [asserted]",
            "person:karl-dorn -demands-> country:peru [asserted]",
        ],
    ),
    (
        "The union backed Halvern Corp's proposal to buy Brixton Inc.",
        &["org:halvern-corp -buys-> org:brixton-inc [intended]"],
    ),
    (
        "Senator Lena Marsh denied Ivo Darnell's claims about the fund.",
        &["person:lena-marsh -rejects-> person:ivo-darnell [asserted]"],
    ),
    (
        "Karl Vendrum questioned Lena Marsh's commitment to the treaty.",
        &["person:karl-vendrum -criticizes-> person:lena-marsh [asserted]"],
    ),
    (
        "Kenyan-backed Somali government forces retook the port.",
        &["country:kenya -supports-> country:somalia [asserted]"],
    ),
    (
        "The rally was held by the U.S.-backed Afghan government.",
        &["country:united-states -supports-> country:afghanistan [asserted]"],
    ),
    (
        "Ivo Darnell ran Delta Foods Inc, recently acquired by Orion Industries Inc.",
        &["org:orion-industries-inc -buys-> org:delta-foods-inc [asserted]"],
    ),
    (
        "Chile said it wants the World Bank to double its lending to farmers.",
        &["country:chile -appeals-> org:world-bank [reported]"],
    ),
    (
        "Trade Minister Ivo Marsh has told Peru to settle the dispute over fishing rights.",
        &["person:ivo-marsh -demands-> country:peru [asserted]"],
    ),
];

/// (text, relation fragments that must not be found): the subject of the verb before a
/// possessed proposal does not do the infinitive's event; "the Paris agreement" is no side.
const NOT_RELATIONS_RELA22: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum dismissed Halvern Corp's application to buy Brixton Inc.",
        &["person:karl-vendrum -buys->"],
    ),
    // A capital before a pact's noun names where it was made, not a side.
    (
        "Senator Karl Vendrum criticized the Paris agreement on emissions.",
        &["-> country:france"],
    ),
];

#[test]
fn rela22_cases() {
    check_relation_lists(RELATIONS_RELA22, NOT_RELATIONS_RELA22);
}

/// ent22 (issue #3): organisations and places the recogniser missed. Each case fails on
/// 60f9c88.
const ENTITY_IDS_ENT22: &[(&str, &[&str])] = &[
    // The body a post is held in: "<post> at|of|with <Name>" in an apposition.
    (
        "Ivo Marsh, analyst at Copper Ridge, said prices would rise.",
        &["org:copper-ridge", "person:ivo-marsh"],
    ),
    (
        "Carla Voss, an economist with Marrow Lane, said growth slowed.",
        &["org:marrow-lane"],
    ),
    (
        "The plan was attacked, said Ana Ruiz, chairman of Calder Lights.",
        &["org:calder-lights"],
    ),
    (
        "Tim Hale, director general of Silver Years Scotland, called the plan cowardly.",
        &["org:silver-years-scotland", "!country:scotland"],
    ),
    (
        "Ena Price, head of Research at Vexa Foods, said so. Dan Holt, a director of Brill Pine, agreed.",
        &["org:brill-pine", "!org:research"],
    ),
    (
        "Rob Kay, an analyst at Tarrow, Binns and Fell Inc, said so. Al Moe, chief executive of Quillon, agreed.",
        &["org:quillon", "!org:tarrow"],
    ),
    // What speaks and is no person: two capitalised words before "said" with no given name,
    // no "he"/"she" and no surname use.
    (
        "Silver Lantern said the tax was unfair. Prices rose.",
        &["org:silver-lantern"],
    ),
    (
        "Energy Minister Pablo Ortiz Vela spoke. Ortiz Vela said output would rise. Silver Lantern said the tax was unfair.",
        &["org:silver-lantern", "!org:ortiz-vela"],
    ),
    // An electoral seat; a person's home town.
    (
        "Jo Kerr will fight the Kettering North seat at the election.",
        &["loc:kettering-north"],
    ),
    (
        "Ed Bray won the Norfolk Marsh seat.",
        &["loc:norfolk-marsh", "!loc:norfolk"],
    ),
    (
        "Ivo Marsh, of Branley, Suffolk, has resigned.",
        &["loc:branley"],
    ),
    // The Danish and Norwegian legal form "A/S".
    (
        "Shares in Halvorsen Kraft A/S rose.",
        &["org:halvorsen-kraft-a-s"],
    ),
    (
        "Norsk Data A/S said on Tuesday it would cut jobs.",
        &["org:norsk-data-a-s"],
    ),
    // Legal forms: "KK" ends a company's name, and a list of two companies splits after one.
    (
        "Marwick Holt KK already sells the coins.",
        &["org:marwick-holt-kk"],
    ),
    (
        "Nissho Vale Corp and Marwick Holt KK sell the coins.",
        &["org:nissho-vale-corp", "org:marwick-holt-kk"],
    ),
    // A capital's market is the city.
    ("Tokyo shares rose on Friday.", &["loc:tokyo"]),
    // Widely known bodies.
    ("Opec ministers met in Vienna.", &["org:opec"]),
    ("The G8 summit opened in July.", &["org:g8"]),
    (
        "Downing Street said the vote would go ahead.",
        &["org:downing-street", "!country:united-kingdom"],
    ),
    (
        "The Sunday Telegraph reported the plan.",
        &["org:sunday-telegraph"],
    ),
    ("Cargill bought the grain.", &["org:cargill"]),
];

#[test]
fn entity_ids_ent22() {
    check_entity_ids(ENTITY_IDS_ENT22);
}

/// Session 25: the UK's constituent countries, BBC-style "Prof", an occupation in an
/// apposition, a capital inside a body's name.
const ENTITY_IDS_S25: &[(&str, &[&str])] = &[
    (
        "Scotland, Wales and Northern Ireland already have such posts; England does not.",
        &[
            "country:scotland",
            "country:wales",
            "country:northern-ireland",
            "country:england",
        ],
    ),
    (
        "The Welsh Assembly and the Scottish Parliament both voted against it.",
        &[
            "org:welsh-assembly",
            "org:scottish-parliament",
            "!country:wales",
        ],
    ),
    (
        "Prof Harwood-Lane said the figures were wrong.",
        &["person:harwood-lane", "!person:prof-harwood-lane"],
    ),
    (
        "Ilinca Dobrescu, a Moldovan part-time cleaner, said the rent had doubled.",
        &["person:ilinca-dobrescu", "!org:ilinca-dobrescu"],
    ),
    (
        "She trained at the University of London before moving abroad.",
        &["org:university-of-london", "!country:united-kingdom"],
    ),
];

#[test]
fn entity_id_cases_s25() {
    check_entity_ids(ENTITY_IDS_S25);
}

/// affil22 (affiliations): a country before an unnamed body or a title's remit, a title's
/// body after it, a counterpart's demonym, a ministry inferred from a title (the country
/// unless the article names the department), a minister's home that has ministers, a short
/// reference to a body named before, a party before a title, the lead's description.
const RELATIONS_AFFIL22: &[(&str, &[&str])] = &[
    (
        "Norway's central bank governor Per Lund said rates would stay. Norway has oil.",
        &["person:per-lund -member_of-> country:norway [asserted]"],
    ),
    (
        "The head of the central bank of Chile, Tomas Vidal, said rates would rise.",
        &["person:tomas-vidal -member_of-> country:chile [asserted]"],
    ),
    (
        "Last week the minister and the head of the central bank of Chile, Tomas Vidal met in Lima.",
        &["person:tomas-vidal -member_of-> country:chile [asserted]"],
    ),
    (
        "Chile's minister of energy, Ana Ruiz, said output rose.",
        &["person:ana-ruiz -member_of-> country:chile [asserted]"],
    ),
    (
        "Peruvian energy minister Jose Vera will meet his Chilean counterpart, Tomas Vidal, next week.",
        &["person:tomas-vidal -member_of-> country:chile [asserted]"],
    ),
    (
        "Foreign Secretary Jack Straw arrived in Delhi on Monday.",
        &["person:jack-straw -member_of-> country:united-kingdom [asserted]"],
    ),
    (
        "The rules were set out by the Department of Trade and Industry last year. Trade and Industry Secretary Jo Pell said nobody would be forced to work longer.",
        &["person:jo-pell -member_of-> org:department-of-trade-and-industry [asserted]"],
    ),
    (
        "Thailand will seek talks with the U.S. on rice, Trade Minister Sam Oru said. He will meet U.S. officials. The U.S. said no. Thai traders and Thai officials agreed. Thailand exports rice.",
        &["person:sam-oru -member_of-> country:thailand [asserted]"],
    ),
    (
        "The campaign was launched by the Canadian Pork Export Federation in May. \"Sales will rise,\" said Lee Wong, Asian Director for the Federation.",
        &["person:lee-wong -member_of-> org:canadian-pork-export-federation [asserted]"],
    ),
    (
        "Acme Corp said profit rose. Jo Hale, president of the company, said sales were up.",
        &["person:jo-hale -member_of-> org:acme-corp [asserted]"],
    ),
    (
        "Ms Hale, Labour MP for Northfield, believes migration is good.",
        &["person:hale -member_of-> org:uk-labour-party [asserted]"],
    ),
    (
        "Gary Lund, former Labour minister, said the plan would fail.",
        &["person:gary-lund -member_of-> org:uk-labour-party [asserted]"],
    ),
    (
        "A former Home Office minister has called for a new body to count migrants.  Margaret Tillbrook said the figures were wrong.",
        &["person:margaret-tillbrook -member_of-> org:uk-home-office [asserted]"],
    ),
];

/// affil22: bodies that are only a title's portfolio, and a country without ministers.
const NOT_RELATIONS_AFFIL22: &[(&str, &[&str])] = &[
    (
        "Treasury Secretary Bo Kent said the dollar was too high. The United States wants a lower dollar.",
        &["person:bo-kent -member_of-> org:us-treasury"],
    ),
    (
        "Foreign Secretary Jack Straw arrived in Delhi on Monday.",
        &["person:jack-straw -member_of-> org:uk-foreign-office"],
    ),
    (
        "Norway's central bank governor Per Lund said rates would stay. Norway has oil.",
        &["person:per-lund -member_of-> org:norwegian-central-bank"],
    ),
    (
        "Finance Minister Ken Oda said the yen was too strong. The U.S. wants a weaker dollar, U.S. officials said. U.S. trade data showed a deficit.",
        &["person:ken-oda -member_of-> country:united-states"],
    ),
];

#[test]
fn affiliations_affil22() {
    check_relation_lists(RELATIONS_AFFIL22, NOT_RELATIONS_AFFIL22);
}

/// rela23v (issue #3): finite verbs between named actors. A name right before its verb is no
/// modifier of a common noun; a time adjunct before "to"; object relative clauses; the
/// subject of a coordinated verb phrase and its own modality; rejected criticism from a side;
/// an attack on a side's policy is words. Each case fails on 0217704.
const RELATIONS_RELA23V: &[(&str, &[&str])] = &[
    (
        "Chile wants Peru to open its border.",
        &["country:chile -appeals-> country:peru [asserted]"],
    ),
    (
        "Trade Minister Ivo Marsh told Japan on Monday to cut tariffs.",
        &["person:ivo-marsh -demands-> country:japan [asserted]"],
    ),
    (
        "Brill Inc, which Acme Corp acquired last year, makes valves.",
        &["org:acme-corp -buys-> org:brill-inc [asserted]"],
    ),
    (
        "Chile, which Peru has accused of spying, denied the report.",
        &["country:peru -accuses-> country:chile [asserted]"],
    ),
    (
        "Senator Lena Marsh rejected criticism from Ivo Darnell about the fund.",
        &["person:lena-marsh -rejects-> person:ivo-darnell [asserted]"],
    ),
    (
        "Senator Lena Marsh dismissed attacks by Ivo Darnell and other rivals.",
        &["person:lena-marsh -rejects-> person:ivo-darnell [asserted]"],
    ),
    (
        "Iran said the reports were baseless, and warned the United States not to interfere.",
        &["country:iran -warns-> country:united-states [asserted]"],
    ),
    (
        "Iran on Sunday denied the reports and warned Kuwait that it would respond.",
        &["country:iran -warns-> country:kuwait [asserted]"],
    ),
    (
        "Peru did not attack Chile and criticized Bolivia.",
        &["country:peru -criticizes-> country:bolivia [asserted]"],
    ),
    (
        "Peru has openly attacked Chile's fiscal policy.",
        &["country:peru -criticizes-> country:chile [asserted]"],
    ),
];

/// (text, relation fragments that must not be found): an attack on a side's policy is no use
/// of force.
const NOT_RELATIONS_RELA23V: &[(&str, &[&str])] = &[(
    "Peru has openly attacked Chile's fiscal policy.",
    &["-attacks-> country:chile"],
)];

#[test]
fn rela23v_cases() {
    check_relation_lists(RELATIONS_RELA23V, NOT_RELATIONS_RELA23V);
}

// ---- rela23n: loans and aid extended by a state or public body, partnerships formed
// together, coordinated sides behind "they" ----

/// (text, relation fragments that must be found).
const RELATIONS_RELA23N: &[(&str, &[&str])] = &[
    (
        "Norway has extended a 40 mln dlr loan to Chad.",
        &["country:norway -aids-> country:chad [asserted]"],
    ),
    (
        "The World Bank said it approved a 75 mln dlr loan for Peru to build roads.",
        &["org:world-bank -aids-> country:peru [reported]"],
    ),
    (
        "The IMF is to lend Zambia 40 mln dlrs.",
        &["org:imf -aids-> country:zambia [intended]"],
    ),
    (
        "Tarvek Corp and Ossland Inc formed a joint venture to make tyres.",
        &["org:tarvek-corp -cooperates-> org:ossland-inc [asserted]"],
    ),
    (
        "Tarvek Corp and Ossland Inc said they will set up a joint venture.",
        &["org:tarvek-corp -cooperates-> org:ossland-inc [intended]"],
    ),
    (
        "Tarvek Corp and Ossland Inc said they signed a supply agreement.",
        &["org:tarvek-corp -signs-> org:ossland-inc [reported]"],
    ),
    (
        "Tarvek Corp said it and Ossland Inc entered into a joint venture to make tyres.",
        &["org:tarvek-corp -cooperates-> org:ossland-inc [reported]"],
    ),
];

#[test]
fn rela23n_cases() {
    check_relation_lists(RELATIONS_RELA23N, &[]);
}

/// affil23: coordinated titles sharing a country, a title's remit before the name, "company
/// spokesman X", "elected to", central bank titles, and a country that only describes the
/// body named after it.
const RELATIONS_AFFIL23: &[(&str, &[&str])] = &[
    (
        "Chile's finance minister Ana Ruiz and director of public finance Jose Vidal will visit Japan.",
        &["person:jose-vidal -member_of-> country:chile [asserted]"],
    ),
    (
        "Talks were held with Nigerian minister of mines and power Ivo Obi on Monday.",
        &["person:ivo-obi -member_of-> country:nigeria [asserted]"],
    ),
    (
        "Prices rose, said Ana Ruiz, head of equities trading at brokers Orion Securities.",
        &["person:ana-ruiz -member_of-> org:orion-securities [asserted]"],
    ),
    (
        "Ivo Marsh, who was elected to the U.S. Senate in 1980, died on Monday.",
        &["person:ivo-marsh -member_of-> org:us-senate [asserted]"],
    ),
    (
        "Orion Corp said it would cut 500 jobs. Company spokesman Ivo Marsh said the cuts were needed.",
        &["person:ivo-marsh -member_of-> org:orion-corp [asserted]"],
    ),
    (
        "Orion Corp said it would cut 500 jobs, a company spokesman, Ivo Marsh, said.",
        &["person:ivo-marsh -member_of-> org:orion-corp [asserted]"],
    ),
    (
        "Orion Corp said it would cut jobs. Ana Ruiz, a company spokeswoman, said the cuts were needed.",
        &["person:ana-ruiz -member_of-> org:orion-corp [asserted]"],
    ),
    (
        "Ana Ruiz, deputy editor of UK magazine Mac Format, said the machine was fine.",
        &["person:ana-ruiz -member_of-> org:mac-format [asserted]"],
    ),
    (
        "Ana Ruiz, co-founder of Amsterdam-based Orion Corp, said sales were fine.",
        &["person:ana-ruiz -member_of-> org:orion-corp [asserted]"],
    ),
    (
        "Rates will stay low, central bank governor Ivo Obi said. Peru has reserves. Peru wants growth.",
        &["person:ivo-obi -member_of-> country:peru [asserted]"],
    ),
    (
        "Ana Ruiz, campaign co-ordinator for the Orion Union, said the plan was weak.",
        &["person:ana-ruiz -member_of-> org:orion-union [asserted]"],
    ),
    (
        "Conservative health spokesman Ivo Marsh said the plan was bad. Britain votes.",
        &["person:ivo-marsh -member_of-> org:uk-conservative-party [asserted]"],
    ),
];

/// affil23: the country that only describes a body is not the person's.
const NOT_RELATIONS_AFFIL23: &[(&str, &[&str])] = &[
    (
        "Ana Ruiz, deputy editor of UK magazine Mac Format, said the machine was fine.",
        &["person:ana-ruiz -member_of-> country:united-kingdom"],
    ),
    (
        "Ana Ruiz, co-founder of Amsterdam-based Orion Corp, said sales were fine.",
        &["person:ana-ruiz -member_of-> country:netherlands"],
    ),
    (
        "Conservative shadow culture secretary Ivo Marsh said the bill was a mess. Britain votes in May. Britain is ready.",
        &["person:ivo-marsh -member_of-> country:united-kingdom"],
    ),
];

#[test]
fn affiliations_affil23() {
    check_relation_lists(RELATIONS_AFFIL23, NOT_RELATIONS_AFFIL23);
}

/// ent23: people, places and papers the recogniser missed on unseen general news.
const ENTITIES_ENT23: &[(&str, &[&str])] = &[
    // A lone surname that reports like a person: after a closed quote, or with "he"/"she".
    (
        "\"We will not sign the deal,\" Okonkwo said. Prices fell.",
        &["person:okonkwo"],
    ),
    (
        "Talks ended in Lima on Friday. Varela said he expected a deal.",
        &["person:varela"],
    ),
    (
        "Varela said the market would fall. \"There is no floor,\" he added.",
        &["person:varela"],
    ),
    // A speaker's name after said/says, then "of" and where the speaker is from.
    (
        "\"It makes sense,\" said Dorn Ekwall of Brill Pine.",
        &["person:dorn-ekwall"],
    ),
    (
        "\"Prices will firm,\" said Junya Okabe of Marrow Lane Securities.",
        &["person:junya-okabe"],
    ),
    // A given name and a surname that is also a common word, set off by a title.
    (
        "\"Supplies are good,\" said Alan Bay, lobbyist for the growers.",
        &["person:alan-bay"],
    ),
    // A possessor's title closing the sentence.
    (
        "\"It is the leadership,\" said Thomas A. Quist, Vexa's chief executive officer.",
        &["person:thomas-a-quist"],
    ),
    // A title whose complement has "and" in it.
    (
        "Nigerian minister of mines and power Bunu Tandu Ekpe attended the talks.",
        &["person:bunu-tandu-ekpe"],
    ),
    // A counterpart named in an apposition that ends the sentence.
    (
        "He will meet his Peruvian counterpart, Wilfredo Quispe.",
        &["person:wilfredo-quispe"],
    ),
    // Electoral places: a by-election's seat, a peer's place.
    (
        "Labour held the Dunmore by-election with a reduced majority.",
        &["loc:dunmore"],
    ),
    (
        "He will take the title of Lord Pennick of Barrowfield.",
        &["loc:barrowfield"],
    ),
    // A broker's name after the British trade plural.
    (
        "Prices will rise, said Ann Lowe, analyst at brokers Kell Marsh.",
        &["org:kell-marsh"],
    ),
    // A paper written with a lower-case article.
    (
        "Writing in the Observer, Mr Brown set out his plan.",
        &["org:the-observer"],
    ),
];

#[test]
fn entities_ent23() {
    check_entity_ids(ENTITIES_ENT23);
}

/// ent23: a paper's name keeps "The" only when the text writes it capitalised mid-sentence.
#[test]
fn paper_names_ent23() {
    for (text, want) in [
        (
            "Mr Blair told the Guardian newspaper that peace was near.",
            "Guardian",
        ),
        (
            "He told The Guardian that prices would rise.",
            "The Guardian",
        ),
    ] {
        let a = analyze(text);
        let got: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| e.id == "org:the-guardian")
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(got, [want], "{text:?}");
    }
}

/// ent24: names unseen news writes with no other cue: two people joined by "and" (one side
/// opening with a known given name), an office holder after a title's capitalised
/// complement, and given names the list lacked.
const ENTITIES_ENT24: &[(&str, &[&str])] = &[
    // Two names joined by "and", one opening with a known given name.
    (
        "Jamie Tallis and Corin Vesk won the awards.",
        &["person:jamie-tallis", "person:corin-vesk"],
    ),
    // Both given names known, the first also a word that heads a bill's name.
    (
        "The guests were Bill Tarrow and Colin Medd.",
        &["person:bill-tarrow", "person:colin-medd"],
    ),
    // A title, its capitalised complement, then the office holder.
    (
        "Minister of Mines Patrick Okoro said output would rise.",
        &["person:patrick-okoro"],
    ),
    (
        "Secretary of State for Trade and Industry Paul Dennet announced the plan.",
        &["person:paul-dennet"],
    ),
    (
        "Shares rose, said Vice President of Finance Joel Marrick.",
        &["person:joel-marrick"],
    ),
    // Given names the list lacked.
    (
        "Imelda Corran and the band played on Friday.",
        &["person:imelda-corran"],
    ),
    (
        "The prize went to Hilary Vance on Sunday.",
        &["person:hilary-vance"],
    ),
    // A demonym and a body's one head word are one organisation, not the country.
    (
        "She was named chair of the British Council last year.",
        &["org:british-council", "!country:united-kingdom"],
    ),
    // A state's name and "City" name a city.
    (
        "A fire shut the Texas City plant on Monday.",
        &["loc:texas-city"],
    ),
];

#[test]
fn entities_ent24() {
    check_entity_ids(ENTITIES_ENT24);
}

// ---- rela24d: deeds between named actors (deals, visits, passives) ----

/// (text, relation fragments that must be found).
const RELATIONS_RELA24D: &[(&str, &[&str])] = &[
    // A company described by a place and a descriptor noun.
    (
        "Zentrix Corp bought US rival Brillo Global Inc last year.",
        &["org:zentrix-corp -buys-> org:brillo-global-inc [asserted]"],
    ),
    (
        "Zentrix Corp made a bid for French rival Brillo SA.",
        &["org:zentrix-corp -buys-> org:brillo-sa [intended]"],
    ),
    (
        "Brillo Inc was bought by US software firm Zentrix Corp.",
        &["org:zentrix-corp -buys-> org:brillo-inc [asserted]"],
    ),
    // A passive's agent after a time adjunct.
    (
        "Brillo Inc was acquired last year by Zentrix Corp.",
        &["org:zentrix-corp -buys-> org:brillo-inc [asserted]"],
    ),
    (
        "Kuwait was attacked on Monday by Iran.",
        &["country:iran -attacks-> country:kuwait [asserted]"],
    ),
    // A letter of intent is a signed document.
    (
        "Zentrix Corp signed a letter of intent with Brillo Inc.",
        &["org:zentrix-corp -signs-> org:brillo-inc [asserted]"],
    ),
    // A person coming to a country visits it.
    (
        "Ivo Marsh came to Japan on Monday.",
        &["person:ivo-marsh -visits-> country:japan [asserted]"],
    ),
    (
        "Ivo Marsh left for Japan on Friday.",
        &["person:ivo-marsh -visits-> country:japan [asserted]"],
    ),
    (
        "Ivo Marsh, who leaves for Japan tomorrow, said prices were low.",
        &["person:ivo-marsh -visits-> country:japan [intended]"],
    ),
    // "the merger of A with B".
    (
        "The merger of Zentrix Corp with Brillo Inc was completed.",
        &["org:zentrix-corp -cooperates-> org:brillo-inc [asserted]"],
    ),
    // A bid received from its maker.
    (
        "Zentrix Corp received a takeover offer from Brillo Inc.",
        &["org:brillo-inc -buys-> org:zentrix-corp [intended]"],
    ),
    (
        "Zentrix Corp said it received an offer from Brillo Inc to buy the company.",
        &["org:brillo-inc -buys-> org:zentrix-corp [reported]"],
    ),
];

/// (text, relation fragments that must not be found).
const NOT_RELATIONS_RELA24D: &[(&str, &[&str])] = &[(
    "Brillo Inc was bought by US software firm Zentrix Corp.",
    &["country:united-states -buys->"],
)];

#[test]
fn rela24d_cases() {
    check_relation_lists(RELATIONS_RELA24D, NOT_RELATIONS_RELA24D);
}

// ---- rela24w: what actors say to or about each other, in shapes the arguments missed ----

/// (text, relation fragments that must be found).
const RELATIONS_RELA24W: &[(&str, &[&str])] = &[
    (
        "Peru demanded that Chile open its markets to Bolivian grain.",
        &["country:peru -demands-> country:chile [asserted]"],
    ),
    (
        "Peru's demand that Chile pay the debt was refused.",
        &["country:peru -demands-> country:chile [asserted]"],
    ),
    (
        "The Acme Federation urged that Japan relax its beef quotas.",
        &["org:acme-federation -appeals-> country:japan [asserted]"],
    ),
    (
        "Peru insists that Chile must boost imports of copper.",
        &["country:peru -demands-> country:chile [asserted]"],
    ),
    (
        "After blasting Orion Corp for the delay, Ana Ruiz doubled down on the plan.",
        &["person:ana-ruiz -criticizes-> org:orion-corp [asserted]"],
    ),
    (
        "Ana Ruiz resigned the whip in October after criticising the Orion Party.",
        &["person:ana-ruiz -criticizes-> org:orion-party [asserted]"],
    ),
    (
        "Peru issued a statement accusing Chile of violating the truce.",
        &["country:peru -accuses-> country:chile [asserted]"],
    ),
    (
        "Ivo Marsh was suspended after slamming Orion Corp for the vote.",
        &["person:ivo-marsh -criticizes-> org:orion-corp [asserted]"],
    ),
    (
        "Peru demanded that the Chilean government release the prisoners.",
        &["country:peru -demands-> country:chile [asserted]"],
    ),
    (
        "Ana Ruiz, an MP for the Midlands, resigned the whip after criticising the Orion Party.",
        &["person:ana-ruiz -criticizes-> org:orion-party [asserted]"],
    ),
    (
        "Ana Ruiz on Friday attacked Ivo Marsh as divisive while praising Tom Fray.",
        &["person:ana-ruiz -praises-> person:tom-fray [asserted]"],
    ),
    (
        "The Orion City Council approved a resolution condemning Ivo Marsh.",
        &["org:orion-city-council -condemns-> person:ivo-marsh [asserted]"],
    ),
];

/// (text, relation fragments that must not be found).
const NOT_RELATIONS_RELA24W: &[(&str, &[&str])] = &[
    (
        "Peru insisted that Chile had agreed to the plan.",
        &["-demands-> country:chile"],
    ),
    (
        "Peru demanded that Ana Ruiz be removed from the board.",
        &["-demands-> person:ana-ruiz"],
    ),
    (
        "Peru insisted that the Chilean leadership had made great advances.",
        &["-demands-> country:chile"],
    ),
    (
        "The panel has written Trade Representative Ivo Marsh a letter urging Peru to act.",
        &["person:ivo-marsh -appeals->"],
    ),
];

#[test]
fn rela24w_cases() {
    check_relation_lists(RELATIONS_RELA24W, NOT_RELATIONS_RELA24W);
}

/// affil24: the body or country a description really gives ('deputy' ranking another post, a
/// possessor's remit, a known person's own chamber, a state body the text states).
const RELATIONS_AFFIL24: &[(&str, &[&str])] = &[
    (
        "Ivo Marsh, deputy Energy Secretary, said the costs were high. The United States imports oil. The United States wants more.",
        &["person:ivo-marsh -member_of-> country:united-states [asserted]"],
    ),
    (
        "Ana Ruiz, Canada's deputy chief of delegation, replied the law was fine.",
        &["person:ana-ruiz -member_of-> country:canada [asserted]"],
    ),
    (
        "The Orion Times's US editor Ivo Marsh thinks films are weak.",
        &["person:ivo-marsh -member_of-> org:orion-times [asserted]"],
    ),
    (
        "Orion Corp's UK chief executive Ivo Marsh left. Orion Corp's shares fell.",
        &["person:ivo-marsh -member_of-> org:orion-corp [asserted]"],
    ),
    (
        "After the Iran deal failed, Sen. Mitch McConnell said no vote was due.",
        // (Session 32: the Senate is not named, so the country the lexicon gives him.)
        &["person:mitch-mcconnell -member_of-> country:united-states [asserted]"],
    ),
];

/// affil24: a country that only places someone, opens or ends a body's name, ranks a firm or
/// names a contest; 'deputy' as a rank; a capital before a private post; a lexicon office the
/// text contradicts.
const NOT_RELATIONS_AFFIL24: &[(&str, &[&str])] = &[
    (
        "Ivo Marsh, deputy Energy Secretary, said the costs were high. The United States imports oil. The United States wants more.",
        &["person:ivo-marsh -member_of-> org:american-parliament"],
    ),
    (
        "Deputy planning director Ana Ruiz said the plan was good. Peru is calm.",
        &["person:ana-ruiz -member_of-> org:peruvian-parliament"],
    ),
    (
        "Ana Ruiz, whose deputy, Ivo Marsh, resigned, said the plan was good. Peru is calm.",
        &["person:ana-ruiz -member_of-> org:peruvian-parliament"],
    ),
    (
        "Ivo Marsh, general manager of British Glass Makers, said sales fell.",
        &["person:ivo-marsh -member_of-> country:united-kingdom"],
    ),
    (
        "Ana Ruiz, a Singapore-based analyst, said oil fell.",
        &["person:ana-ruiz -member_of-> country:singapore"],
    ),
    (
        "Ivo Marsh, the chairman of Spain's biggest bank, said profits rose.",
        &["person:ivo-marsh -member_of-> country:spain"],
    ),
    (
        "Ana Ruiz, analyst with Dutch merchant bank Orlen Hoek, said prices fell.",
        &["person:ana-ruiz -member_of-> country:netherlands"],
    ),
    (
        "Tokyo economist Ivo Marsh said rates fell. Japan is calm.",
        &["person:ivo-marsh -member_of-> country:japan"],
    ),
    (
        "Bank of Lima economist Ana Ruiz said rates fell. Peru is calm.",
        &["person:ana-ruiz -member_of-> country:peru"],
    ),
    (
        "London teacher Ana Ruiz said schools were full. Britain votes.",
        &["person:ana-ruiz -member_of-> country:united-kingdom"],
    ),
    (
        "Ana Ruiz, the French Open champion, won again.",
        &["person:ana-ruiz -member_of-> country:france"],
    ),
    (
        "The Orion Times's US editor Ivo Marsh thinks films are weak.",
        &["person:ivo-marsh -member_of-> country:united-states"],
    ),
    (
        "FBI general counsel James Baker said the files were sent to the State Department.",
        &["person:james-baker -member_of-> org:us-state-department"],
    ),
];

#[test]
fn affil_affil24() {
    check_relation_lists(RELATIONS_AFFIL24, NOT_RELATIONS_AFFIL24);
}

// ---- relb25: political and legal actions between named actors, in shapes the arguments missed ----

/// (text, relations that must be present).
const RELATIONS_RELB25: &[(&str, &[&str])] = &[
    // Those who speak for a body act for it (`office_of`).
    (
        "A spokesman for the Liberal Democrats criticised Ivo Marsh over the delays.",
        &["org:liberal-democrats -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "A spokesman for UKIP called on Ivo Marsh to quit the London Assembly.",
        &["org:uk-independence-party -appeals-> person:ivo-marsh [asserted]"],
    ),
    (
        "The head of the Confederation of British Industry criticised Ivo Marsh on Monday.",
        &["org:cbi -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "A delegation from the CBI met SEC officials on Wednesday.",
        &["org:cbi -meets-> org:sec [asserted]"],
    ),
    // Peers met for a body or a state (`envoys_of`).
    (
        "Ivo Marsh held talks with finance ministers of the G8.",
        &["person:ivo-marsh -negotiates-> org:g8 [asserted]"],
    ),
    (
        "Ivo Marsh met his EU counterparts in Brussels.",
        &["person:ivo-marsh -meets-> org:european-union [asserted]"],
    ),
    (
        "Tony Blair met leaders of the Liberal Democrats.",
        &["person:tony-blair -meets-> org:liberal-democrats [asserted]"],
    ),
    (
        "Jack Straw is in talks with officials from Iran.",
        &["person:jack-straw -negotiates-> country:iran [asserted]"],
    ),
    // A statement participle after the one a letter is written to (`letter_participle`).
    (
        "Ana Ruiz has written to the watchdog accusing Labour of a breach of the rules.",
        &["person:ana-ruiz -accuses-> org:uk-labour-party [asserted]"],
    ),
    (
        "Ivo Marsh spoke on Monday. Ana Ruiz wrote to Mr Marsh on Tuesday accusing him of an error of judgement.",
        &["person:ana-ruiz -accuses-> person:ivo-marsh [reported]"],
    ),
    // A passive's pronoun subject and a passive agent after a short adjunct.
    (
        "Orion Bank is involved in the case because it is itself being sued by Yukos.",
        &["org:yukos -accuses-> org:orion-bank [asserted]"],
    ),
    (
        "The Telegraph was sued for libel by Mr Galloway.",
        &["person:galloway -accuses-> org:the-telegraph [asserted]"],
    ),
    (
        "Microsoft was fined 1m euros by the European Commission.",
        &["org:european-commission -sanctions-> org:microsoft [asserted]"],
    ),
    // Banning a named body; charging one with an offence.
    (
        "A US judge banned Gazprom from taking part in the auction.",
        &["country:united-states -sanctions-> org:gazprom [asserted]"],
    ),
    (
        "The SEC charged Ivo Marsh with fraud on Monday.",
        &["org:sec -accuses-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ivo Marsh was charged with fraud by the SEC.",
        &["org:sec -accuses-> person:ivo-marsh [asserted]"],
    ),
    // Peers named by the body they serve, after a word of portfolio.
    (
        "Ivo Marsh has been in talks with other G8 finance ministers.",
        &["person:ivo-marsh -negotiates-> org:g8 [asserted]"],
    ),
];

/// relb25: what the shapes must not give.
const NOT_RELATIONS_RELB25: &[(&str, &[&str])] = &[
    // A goods ban names no sanctioned state.
    (
        "The European Union has banned imports of Chinese textiles.",
        &["-sanctions-> country:china"],
    ),
    // The place of a meeting is no side of it.
    (
        "Ivo Marsh met finance ministers in Paris.",
        &["-meets-> loc:paris", "-meets-> country:france"],
    ),
    // "it" after a bill is the bill: a veto is done to no actor "it" stands for.
    (
        "Congress passed a textile bill, but it was vetoed by Ivo Marsh.",
        &["-rejects-> org:us-congress"],
    ),
    // A letter's participle with its own object accuses that object, not the one written to.
    (
        "Ana Ruiz wrote to Ivo Marsh on Tuesday accusing Labour of a breach.",
        &["-accuses-> person:ivo-marsh"],
    ),
    // A fee charged is no charge of an offence.
    (
        "Orion Bank charged Zentrix Corp a fee of five pct.",
        &["-accuses->"],
    ),
    // A passive's adjunct that holds a clause word ends the search for its agent.
    (
        "The Telegraph was sued after the report by Mr Galloway.",
        &["person:galloway -accuses->"],
    ),
];

#[test]
fn relb25_cases() {
    check_relation_lists(RELATIONS_RELB25, NOT_RELATIONS_RELB25);
}

/// affil25: the party of "(R-State)" (the state is only the seat); a body's possessive before
/// words that qualify the title in an apposition.
const RELATIONS_AFFIL25: &[(&str, &[&str])] = &[
    (
        "Sen. Ada Grant (R-Ohio) opposed the bill.",
        &["person:ada-grant -member_of-> org:republican-party [asserted]"],
    ),
    (
        "Ivo Marsh, BMW's group finance director, said sales rose.",
        &["person:ivo-marsh -member_of-> org:bmw [asserted]"],
    ),
    (
        "Ana Ruiz, IBM's world-wide Linux strategy manager, said the move was right.",
        &["person:ana-ruiz -member_of-> org:ibm [asserted]"],
    ),
    // A company's name with its legal form before a capitalised title.
    (
        "Vantor Tool Co Chairman Ivo Marsh said sales rose.",
        &["person:ivo-marsh -member_of-> org:vantor-tool-co [asserted]"],
    ),
    (
        "He met Belmont Grain Inc President Ana Ruiz in Kansas.",
        &["person:ana-ruiz -member_of-> org:belmont-grain-inc [asserted]"],
    ),
    // A firm after "for" and a company's title in an apposition.
    (
        "Ana Ruiz, a senior analyst for Quillmarsh, said local makers would win.",
        &["person:ana-ruiz -member_of-> org:quillmarsh [asserted]"],
    ),
    // A firm's officer by the title alone, where the article names one firm before.
    (
        "Vantor Industries Inc said profit rose. \"We had a good year,\" chairman Ivo Marsh said.",
        &["person:ivo-marsh -member_of-> org:vantor-industries-inc [asserted]"],
    ),
    (
        "Vantor Industries Inc said profit rose. Ana Ruiz, chairman and chief executive officer, said sales were strong.",
        &["person:ana-ruiz -member_of-> org:vantor-industries-inc [asserted]"],
    ),
    // A state post keeps its country across a portfolio written with capitals.
    (
        "Soviet Planning chief Ivo Marsh said output rose.",
        &["person:ivo-marsh -member_of-> country:soviet-union [asserted]"],
    ),
];

/// affil25: a state in "(R-State)" or ", D-State," is no body the senator belongs to; a body
/// after a verb is no possessor.
const NOT_RELATIONS_AFFIL25: &[(&str, &[&str])] = &[
    // (ner28: the state in a party tag is now the member's seat, an affiliation; see
    // RELATIONS_NER28.)
    (
        "Ivo Marsh, endorsed Renault's group finance director Ana Ruiz.",
        &["person:ivo-marsh -member_of-> org:renault"],
    ),
    // Two firms named before, or a head of state's "President": no firm for a bare title.
    (
        "Vantor Industries Inc bought Belmont Grain Inc. Chairman Ivo Marsh said the deal was good.",
        &["person:ivo-marsh -member_of-> org:"],
    ),
    (
        "Vantor Industries Inc said sales rose. President Ivo Marsh praised the exporters.",
        &["person:ivo-marsh -member_of-> org:"],
    ),
    // A bare title after a description, another possessor or before the body it names.
    (
        "Vantor Industries Inc sold its mill. Belmont Grain, Inc. chairman Ivo Marsh spoke.",
        &["person:ivo-marsh -member_of-> org:vantor-industries-inc"],
    ),
    (
        "Vantor Industries Inc sold its mill. He was close to deposed president Ivo Marsh.",
        &["person:ivo-marsh -member_of-> org:vantor-industries-inc"],
    ),
    (
        "Vantor Industries Inc bid for the chain. Talks sped up after Harlow's chairman Ivo Marsh resigned.",
        &["person:ivo-marsh -member_of-> org:vantor-industries-inc"],
    ),
    (
        "Vantor Industries Inc said sales rose. Ana Ruiz, chairman of the Quill foundation, spoke.",
        &["person:ana-ruiz -member_of-> org:vantor-industries-inc"],
    ),
    // A country that opens the name of a body or contest the recogniser missed, before a
    // post outside the state's service.
    (
        "Ivo Marsh, the minister for Europe, said talks would resume.",
        &["person:ivo-marsh -member_of-> org:europe"],
    ),
    (
        "Swiss Re chief executive Ivo Marsh said claims rose.",
        &["person:ivo-marsh -member_of-> country:switzerland"],
    ),
    (
        "French Open champion Ana Ruiz won again in Rome.",
        &["person:ana-ruiz -member_of-> country:france"],
    ),
    (
        "American Widgets analyst Dale Horne said sales rose.",
        &["person:dale-horne -member_of-> country:united-states"],
    ),
];

#[test]
fn affiliations_affil25() {
    check_relation_lists(RELATIONS_AFFIL25, NOT_RELATIONS_AFFIL25);
}

/// affil25: a post the text puts in the past keeps its affiliation with the title marked
/// "former" ("former Renault chairman X", "ex-Fiat boss X", "the late Sen. X", "X, a former IBM
/// executive,"); a present post stays unmarked.
#[test]
fn past_posts_affil25() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Former Renault chairman Ivo Marsh said the plan would fail.",
            "person:ivo-marsh",
            "former chairman",
        ),
        (
            "The court heard from ex-Fiat boss Ana Ruiz on Monday.",
            "person:ana-ruiz",
            "former boss",
        ),
        (
            "He will complete the term of the late Sen. Dale Horne in Ohio.",
            "person:dale-horne",
            "former Sen.",
        ),
        (
            "Ivo Marsh, a former IBM executive, said the plan would fail.",
            "person:ivo-marsh",
            "former executive",
        ),
        (
            "Renault chairman Ivo Marsh said the plan would fail.",
            "person:ivo-marsh",
            "chairman",
        ),
        (
            "Ivo Marsh, formerly chairman of Renault, said the plan would fail.",
            "person:ivo-marsh",
            "former chairman",
        ),
    ];
    let mut failures = Vec::new();
    for (text, person, want) in cases {
        let a = analyze(text);
        let titles: Vec<&str> = a
            .relations
            .iter()
            .filter(|r| r.rel_type == "member_of" && r.source == *person)
            .filter_map(|r| r.title.as_deref())
            .collect();
        if !titles.contains(want) {
            failures.push(format!(
                "{text:?}\n  wants title {want:?}\n  got   {titles:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// affil25: a name right after a band's noun is the band, also when it opens with a given
/// name; two people after "group ... and" stay people.
const ENTITIES_AFFIL25: &[(&str, &[&str])] = &[
    (
        "The Scottish rock band Maxim Delorme won two awards on Tuesday.",
        &["org:maxim-delorme", "!person:maxim-delorme"],
    ),
    (
        "Glasgow group Peter Lantern played the final set of the night.",
        &["org:peter-lantern", "!person:peter-lantern"],
    ),
    (
        "The head of aerospace group KVRA Ivo Marsh is to leave his post.",
        &["!org:kvra-ivo-marsh"],
    ),
    (
        "The reading group Ivo Marsh and Ana Ruiz founded meets on Monday.",
        &["person:ivo-marsh", "person:ana-ruiz"],
    ),
    // An unknown acronym after "the" and before a body's act is a body; not before what a
    // product does.
    (
        "Growers appealed, but the KVB ruled against them on Monday.",
        &["org:kvb"],
    ),
    (
        "Dealers said the PSX sold well in Japan last year.",
        &["!org:psx"],
    ),
    // A company's name with its legal form before a capitalised title.
    (
        "Vantor Tool Co Chairman Ivo Marsh said sales rose.",
        &["org:vantor-tool-co", "person:ivo-marsh"],
    ),
];

#[test]
fn entities_affil25() {
    check_entity_ids(ENTITIES_AFFIL25);
}

// ---- rela25: company deals stated as nouns in wire copy ----

/// (text, relations that must be found).
const RELATIONS_RELA25: &[(&str, &[&str])] = &[
    // A deal's price stands between a light verb or a possessor and the noun.
    (
        "Zentrix Corp yesterday launched a 151 mln stg bid for Brillo Plc.",
        &["org:zentrix-corp -buys-> org:brillo-plc [intended]"],
    ),
    (
        "Zentrix Corp made a 1.4 billion dlr offer for Brillo Inc.",
        &["org:zentrix-corp -buys-> org:brillo-inc [intended]"],
    ),
    (
        "Zentrix Corp is making an opposed 151 mln stg bid for Brillo Plc.",
        &["org:zentrix-corp -buys-> org:brillo-plc [intended]"],
    ),
    (
        "Zentrix Corp said it extended its 80 dlr a share tender offer for Brillo Inc to March 20.",
        &["org:zentrix-corp -buys-> org:brillo-inc [reported]"],
    ),
    // Past the deal words, "its" is the nearest name before it that is no oblique.
    (
        "Orion Capital Ltd said if Zentrix Corp accepted the proposal, Kestrel Corp would withdraw its competing 92.50 dlr offer for Brillo Inc.",
        &["org:kestrel-corp -buys-> org:brillo-inc [hypothetical]"],
    ),
    (
        "Kestrel Corp, a concern formed by Orion Partners Inc, said it completed its previously announced acquisition of Brillo Inc.",
        &["org:kestrel-corp -buys-> org:brillo-inc [reported]"],
    ),
    // A merger with a company: the other side is the company the sentence opens with.
    (
        "Kestrel Holdings Ltd said it signed a letter of intent for a merger with Brillo Inc.",
        &["org:kestrel-holdings-ltd -cooperates-> org:brillo-inc [reported]"],
    ),
    // A "by" phrase past a comma and another noun is that noun's agent.
    (
        "Zentrix Plc of the U.K. said it completed the acquisition of Brillo Inc, following approval by Brillo shareholders.",
        &["org:zentrix-plc -buys-> org:brillo-inc [reported]"],
    ),
];

/// (text, relation fragments that must not be found).
const NOT_RELATIONS_RELA25: &[(&str, &[&str])] = &[
    // A person's holdings are bought, not the person.
    (
        "Zentrix Corp said its 1.05 billion dlr acquisition of Harold Brill's radio holdings was completed.",
        &["-buys-> person:harold-brill"],
    ),
    // "an attempted takeover": an adjective, not the subject's light verb.
    (
        "Moody's Investors Service cited the end of an attempted takeover of Brillo Inc by a Vance-led group.",
        &["-buys-> org:brillo-inc"],
    ),
    // "the group making a rival bid": a participle of another subject.
    (
        "Zentrix Corp said it received a letter from Orion Capital Ltd, part of the Kestrel investor group making a rival bid for Brillo Corp.",
        &["org:zentrix-corp -buys->"],
    ),
    (
        "Kestrel Corp, a concern formed by Orion Partners Inc, said it completed its previously announced acquisition of Brillo Inc.",
        &["org:orion-partners-inc -buys->"],
    ),
    (
        "Orion Capital Ltd said if Zentrix Corp accepted the proposal, Kestrel Corp would withdraw its competing 92.50 dlr offer for Brillo Inc.",
        &["org:orion-capital-ltd -buys->"],
    ),
];

#[test]
fn rela25_cases() {
    check_relation_lists(RELATIONS_RELA25, NOT_RELATIONS_RELA25);
}

// ---- ner26: organisations and places of more shapes ----

/// (text, entity ids that must be found; `!id`: must not be).
const ENTITIES_NER26: &[(&str, &[&str])] = &[
    // A title word after a body's head and "of" is part of the body's name...
    (
        "A spokesman for the Guild of Chief Rail Engineers said fares would rise.",
        &[
            "org:guild-of-chief-rail-engineers",
            "!person:rail-engineers",
        ],
    ),
    (
        "The Federation of Chief Executives met in Leeds on Monday.",
        &["org:federation-of-chief-executives", "!person:executives"],
    ),
    // ... unless a given name follows the title.
    (
        "The Union of Students President Ann Lee said fees would rise.",
        &["person:ann-lee"],
    ),
    // "Against" or "Without" inside a capitalised name: a campaign body.
    (
        "A march by Drivers Against Road Tolls ended in the town square.",
        &["org:drivers-against-road-tolls"],
    ),
    // A chief constable's rank is no part of the name.
    (
        "Harlow Chief Constable Martin Vell said officers would patrol the roads.",
        &["person:martin-vell", "!person:constable-martin-vell"],
    ),
    // A compass word before a known place names a region.
    (
        "The family moved from South Wales to Kent last year.",
        &["loc:south-wales"],
    ),
    (
        "Prices fell across Western Europe in the spring.",
        &["loc:western-europe"],
    ),
    // Not when a capitalised word follows (a body's name), nor a country after "Northern".
    (
        "North Wales Police said the road was closed.",
        &["org:north-wales-police", "!loc:north-wales"],
    ),
    (
        "Fighting went on in Northern Iraq on Sunday.",
        &["country:iraq", "!loc:northern-iraq"],
    ),
    // A broadcaster before a place: its service there.
    (
        "The interview will be shown on BBC Scotland next week.",
        &["org:bbc-scotland", "!country:scotland"],
    ),
    // "the West Country": a compass word and "Country".
    (
        "Walkers gathered in the West Country on Saturday.",
        &["loc:west-country"],
    ),
    // The Law Lords are not the House of Lords.
    (
        "The ruling by the Law Lords was welcomed by campaigners.",
        &["org:law-lords", "!org:house-of-lords"],
    ),
    // A numeric character reference inside a name (plain text) is part of the word.
    (
        "The singer Marta L&#243;pez was questioned by police. L&#243;pez was released.",
        &["person:marta-lopez", "!person:marta-l"],
    ),
];

#[test]
fn entities_ner26() {
    check_entity_ids(ENTITIES_NER26);
}

/// (text, entity ids that must be found; `!id`: must not be): a demonym before a name.
const ENTITIES_NER26_DEMONYM: &[(&str, &[&str])] = &[
    (
        "The shares were bought from Nevadan J. Carl Whitby last year.",
        &["person:j-carl-whitby", "!person:nevadan-j-carl-whitby"],
    ),
    // A given name ending in "-an" opens the name itself.
    (
        "The award went to Brian Keith Mallory on Friday.",
        &["person:brian-keith-mallory"],
    ),
];

#[test]
fn entities_ner26_demonym() {
    check_entity_ids(ENTITIES_NER26_DEMONYM);
}

/// (text, entity ids that must be found; `!id`: must not be): hunts and places before a
/// county.
const ENTITIES_NER26_PLACES: &[(&str, &[&str])] = &[
    (
        "Riders met with the Vale Crossing Hunt on Saturday morning.",
        &["org:vale-crossing-hunt"],
    ),
    (
        "The reporter, with the hunt in Polbrook, Gloucestershire said crowds had gathered.",
        &["loc:polbrook"],
    ),
    // A body's noun before "known as" or "called" names it; a person's does not.
    (
        "Fires were blamed on a secretive group known as Caer Tanwen.",
        &["org:caer-tanwen"],
    ),
    (
        "Police questioned a man known as Dai Tanwen about the fires.",
        &["!org:dai-tanwen"],
    ),
    // The title of address inside a run is no part of a body's name.
    (
        "The deal needed the Services of Mr Tollard, the lawyers said.",
        &["!org:services-of-mr-tollard"],
    ),
    // A broadcaster's name before a place that opens a clause.
    (
        "An official told Reuters Japan would approve the loan.",
        &["!org:reuters-japan", "country:japan"],
    ),
];

#[test]
fn entities_ner26_places() {
    check_entity_ids(ENTITIES_NER26_PLACES);
}

/// A leading initial before a full name the article also writes is the same person.
#[test]
fn initialled_full_name_is_the_same_person() {
    let a = analyze(
        "Shares were bought back from H. Tomas Verlain last year. Analysts said the buyout of Tomas Verlain angered shareholders.",
    );
    let people: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.id.starts_with("person:"))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(people, ["person:tomas-verlain"], "{people:?}");
}

/// Session 26 (mine26): a place coordinated after a locative preposition does not act.
const RELATIONS_MINE26: &[(&str, &[&str])] = &[
    // The pair after a non-locative preposition still acts.
    (
        "The deal came from a contest between Ford and Volvo to ally with Renault.",
        &["org:volvo -cooperates-> org:renault [asserted]"],
    ),
    (
        "Zentrix Corp said it is willing to resume negotiations with the Miners Union as requested by Governor Ann Lee.",
        &["org:zentrix-corp -negotiates-> org:miners-union [intended]"],
    ),
    // Unnamed goods from a named seller: the buyer buys the seller.
    (
        "Egypt bought 24 jets from France last year.",
        &["country:egypt -buys-> country:france [asserted]"],
    ),
    (
        "Zentrix Corp agreed to buy six cranes from Orion Capital Ltd.",
        &["org:zentrix-corp -buys-> org:orion-capital-ltd [intended]"],
    ),
];

const NOT_RELATIONS_MINE26: &[(&str, &[&str])] = &[
    // Buying from a seller: not a noun, a passive, a participle or "nothing".
    (
        "Zentrix Corp said it has received a 2 mln dlr order from Orion Capital Ltd.",
        &["org:zentrix-corp -buys->"],
    ),
    (
        "Orion Capital Ltd cancelled a 40 mln dlr oil purchase from Norway.",
        &["org:orion-capital-ltd -buys->"],
    ),
    (
        "Zentrix Corp said Brillo Inc, to be bought from Orion Capital Ltd, makes pumps.",
        &["org:brillo-inc -buys->"],
    ),
    ("Chile buys nothing from Peru.", &["country:chile -buys->"]),
    // The "by" agent of an "as" clause's participle is not the noun's.
    (
        "Zentrix Corp said it is willing to resume negotiations with the Miners Union as requested by Governor Ann Lee.",
        &["person:ann-lee -negotiates->"],
    ),
    (
        "The senior bishop in Portugal and Spain backed Gordon Brown's plan on Monday.",
        &["country:spain -supports->", "country:portugal -supports->"],
    ),
    (
        "Japan has been buying rice in Laos and Cambodia for supply to Vietnam.",
        &[
            "country:cambodia -cooperates->",
            "country:laos -cooperates->",
        ],
    ),
];

#[test]
fn mine26_cases() {
    check_relation_lists(RELATIONS_MINE26, NOT_RELATIONS_MINE26);
}

/// relbiz (session 27): business events as nouns and lists: a purchase noun buys the sellers
/// of its unnamed goods; later "with" phrases of a list; "and of" conjuncts; a merger called
/// off rejects the partner; "required that X sell"; "sell off"; "it bought ... from X".
const RELATIONS_RELBIZ27: &[(&str, &[&str])] = &[
    (
        "Zentrix Corp is expected to announce the purchase of 30 widebody A340's from Orion Aircraft Ltd and 12 Brillo Corp 777's.",
        &[
            "org:zentrix-corp -buys-> org:orion-aircraft-ltd [reported]",
            "org:zentrix-corp -buys-> org:brillo-corp [reported]",
        ],
    ),
    (
        "Kestrel Corp completed the repurchase of 2 mln shares from investor Tomas Verlain last year.",
        &["org:kestrel-corp -buys-> person:tomas-verlain [asserted]"],
    ),
    (
        "Zentrix Corp said it bought 40 trucks from Orion Motors Ltd.",
        &["org:zentrix-corp -buys-> org:orion-motors-ltd [reported]"],
    ),
    (
        "Zentrix Corp discussed prices with Brillo Inc, packaging with Orion Ltd and wages with Kestrel Corp.",
        &[
            "org:zentrix-corp -negotiates-> org:brillo-inc [asserted]",
            "org:zentrix-corp -negotiates-> org:orion-ltd [asserted]",
            "org:zentrix-corp -negotiates-> org:kestrel-corp [asserted]",
        ],
    ),
    (
        "Finance Minister Carlos Ruiz will meet representatives of Zentrix Bank and of co-chairs Brillo Bank Ltd and Orion Bank Plc.",
        &[
            "person:carlos-ruiz -meets-> org:zentrix-bank [intended]",
            "person:carlos-ruiz -meets-> org:brillo-bank-ltd [intended]",
            "person:carlos-ruiz -meets-> org:orion-bank-plc [intended]",
        ],
    ),
    (
        "Kestrel Corp said it had called off the merger with Brillo Inc.",
        &["org:kestrel-corp -rejects-> org:brillo-inc [reported]"],
    ),
    (
        "Last night, Zentrix Corp said the planned merger with Orion Ltd was off.",
        &["org:zentrix-corp -rejects-> org:orion-ltd [reported]"],
    ),
    (
        "Zentrix Corp required that Kestrel Corp sell off its Brillo Tool Co operation.",
        &[
            "org:zentrix-corp -demands-> org:kestrel-corp [asserted]",
            "org:kestrel-corp -sells-> org:brillo-tool-co [asserted]",
        ],
    ),
];

const NOT_RELATIONS_RELBIZ27: &[(&str, &[&str])] = &[
    // A requirement without a "that" clause; a list phrase that opens with its own verb.
    (
        "Zentrix Corp required Kestrel Corp approval before the sale.",
        &["org:zentrix-corp -demands->"],
    ),
    (
        "Zentrix Corp met with Brillo Inc last week and sharply disagreed with Kestrel Corp.",
        &["org:zentrix-corp -meets-> org:kestrel-corp"],
    ),
    // A merger carried out is no rejection; purchases with no "of" goods name no seller; a
    // person sells only shares.
    (
        "Kestrel Corp completed its merger with Brillo Inc.",
        &["org:kestrel-corp -rejects->"],
    ),
    (
        "Kestrel Corp said its purchases from Norway rose 5 pct.",
        &["org:kestrel-corp -buys->"],
    ),
    (
        "Kestrel Corp announced the purchase of two paintings from Tomas Verlain.",
        &["org:kestrel-corp -buys-> person:tomas-verlain"],
    ),
];

#[test]
fn relbiz27_cases() {
    check_relation_lists(RELATIONS_RELBIZ27, NOT_RELATIONS_RELBIZ27);
}

/// relw26 (wire copy): lawsuit nouns with the side sued after "against" or "damages from";
/// a bond's guarantor backs its issuer; names coordinated past a closing bracket or a ticker;
/// contracts received; pacts.
const RELATIONS_RELW26: &[(&str, &[&str])] = &[
    (
        "Kestrel Corp then filed a suit seeking punitive damages from Brillo Inc for calling off the merger.",
        &["org:kestrel-corp -accuses-> org:brillo-inc [asserted]"],
    ),
    (
        "Zentrix Corp said it filed a 50 mln dlr suit in U.S. District Court against Brillo Inc.",
        &["org:zentrix-corp -accuses-> org:brillo-inc [reported]"],
    ),
    (
        "Brillo Inc said it settled the lawsuit filed against it by Zentrix Corp.",
        &["org:zentrix-corp -accuses-> org:brillo-inc [reported]"],
    ),
    (
        "Orion Capital Ltd said it will file a class action suit against Brillo Inc next week.",
        &["org:orion-capital-ltd -accuses-> org:brillo-inc [intended]"],
    ),
    (
        "Kestrel Finance NV is issuing a 100 mln dlr eurobond due 1992 paying 7-1/2 pct, lead manager Orion Bank Ltd said. The issue is guaranteed by Zentrix Holdings Ltd.",
        &["org:zentrix-holdings-ltd -cooperates-> org:kestrel-finance-nv [asserted]"],
    ),
    (
        "Brillo Kommunalbank AG is raising 150 mln marks through a private placement, lead manager Orion Bank Ltd said. The bond, guaranteed by Austria, will be issued in denominations of 1,000 marks.",
        &["country:austria -cooperates-> org:brillo-kommunalbank-ag [asserted]"],
    ),
    (
        "<Kestrel Resources Ltd> and Brillo Resources Ltd said they had agreed to merge.",
        &["org:kestrel-resources-ltd -cooperates-> org:brillo-resources-ltd [intended]"],
    ),
    (
        "Orion Video Inc said it filed suit against <Kestrel Group PLC>, Brillo Corp and Zentrix Corp.",
        &[
            "org:orion-video-inc -accuses-> org:brillo-corp [reported]",
            "org:orion-video-inc -accuses-> org:zentrix-corp [reported]",
        ],
    ),
    (
        "Zentrix Gas Corp said it is seeking two billion dlrs in damages in a lawsuit it filed today against Brillo Corp.",
        &["org:zentrix-gas-corp -accuses-> org:brillo-corp [reported]"],
    ),
    // Contracts received from a body; pacts between the sides named after "between".
    (
        "Herley Systems Inc said it received 8.3 mln dlrs in contracts from Zentrix Corp to make radar parts.",
        &["org:herley-systems-inc -cooperates-> org:zentrix-corp [reported]"],
    ),
    (
        "Kestrel Avionics Inc said it received a five-year 54 mln dlr contract from the U.S. Air Force.",
        &["org:kestrel-avionics-inc -cooperates-> org:us-air-force [reported]"],
    ),
    // Tariffs and duties on a country's goods.
    (
        "The United States said it would impose 100 pct tariffs on 300 mln dlrs of Japanese electronic goods.",
        &["country:united-states -sanctions-> country:japan [hypothetical]"],
    ),
    (
        "The Commerce Department imposed anti-dumping duties on imports of Brazilian orange juice.",
        &["org:us-commerce-department -sanctions-> country:brazil [asserted]"],
    ),
    (
        "Wage issues are covered by a national pact between Zentrix Motors Corp and the Brillo Workers Union.",
        &["org:zentrix-motors-corp -agrees-> org:brillo-workers-union [asserted]"],
    ),
];

/// (text, relation fragments that must not be found).
const NOT_RELATIONS_RELW26: &[(&str, &[&str])] = &[
    // A suit with no side sued, and "suit" that is no lawsuit.
    (
        "Zentrix Corp followed suit and cut its prices, Brillo Inc said.",
        &["-accuses->"],
    ),
    // Only the lawsuit's own verbs make their subject its plaintiff.
    (
        "Zentrix Corp is studying the pending lawsuit brought against Brillo Inc.",
        &["org:zentrix-corp -accuses->"],
    ),
    // "its" is never a person; a court brings no suit.
    (
        "Zentrix Corp asked for the removal of Judge Harold Brill from presiding over its lawsuit against Brillo Inc.",
        &["person:harold-brill -accuses->"],
    ),
    (
        "The Second Circuit Court of Appeals agreed to hear the petition on its lawsuit against Brillo Inc.",
        &["-accuses->"],
    ),
    // A tariff with no country or body whose goods it is on; duties of an office.
    (
        "The United States raised tariffs last year, Japan said.",
        &["-sanctions->"],
    ),
    (
        "Japan said the duties of the new trade envoy from the United States were unclear.",
        &["-sanctions->"],
    ),
    // A rating agency is no borrower; "the parent" names no guarantor.
    (
        "Standard and Poor's Corp said it cut the senior debt of Kestrel Finance NV. The debt is guaranteed by Zentrix Holdings Ltd.",
        &["-cooperates-> org:standard"],
    ),
    (
        "Kestrel Finance NV is issuing a 100 mln dlr eurobond due 1992, lead manager Orion Bank Ltd said. The bond is guaranteed by the parent.",
        &["-cooperates->"],
    ),
];

#[test]
fn relw26_cases() {
    check_relation_lists(RELATIONS_RELW26, NOT_RELATIONS_RELW26);
}

/// relc26: statements and acts between named actors. A plural acronym ("MPs") the resolver
/// dropped does not make the party before it a mere modifier; an -s form between two names is
/// the first one's verb; the possessor of a judged claim is the target of a passive judgement,
/// and a possessed title's appositive person is the passive's agent; "instruct X to" demands;
/// "working in tandem with" cooperates.
const RELATIONS_RELC26: &[(&str, &[&str])] = &[
    (
        "Labour MPs have angrily criticised Ivo Marsh over the delays.",
        &["org:uk-labour-party -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Tory MPs praised Ivo Marsh on Tuesday.",
        &["org:uk-conservative-party -praises-> person:ivo-marsh [asserted]"],
    ),
    (
        "Finance minister Ivo Marsh visits Ireland next week.",
        &["person:ivo-marsh -visits-> country:ireland [asserted]"],
    ),
    (
        "Ana Ruiz meets Ivo Marsh in Madrid on Friday.",
        &["person:ana-ruiz -meets-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ivo Marsh's theory has also been questioned by Plaid Cymru's former leader, Ana Ruiz.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ivo Marsh's allegations were denied by Ana Ruiz on Monday.",
        &["person:ana-ruiz -rejects-> person:ivo-marsh [asserted]"],
    ),
    (
        "G8 ministers agreed to instruct the World Bank to draw up a plan.",
        &["org:g8 -demands-> org:world-bank [intended]"],
    ),
    (
        "Ivo Marsh challenged the Angolan government to match his offer.",
        &["person:ivo-marsh -demands-> country:angola [asserted]"],
    ),
    (
        "The Bank of England is working in tandem with the World Bank on the study.",
        &["org:bank-of-england -cooperates-> org:world-bank [asserted]"],
    ),
];

/// relc26: what the shapes must not give.
const NOT_RELATIONS_RELC26: &[(&str, &[&str])] = &[
    // A name before an unresolved model name still only describes it.
    (
        "Ivo Marsh praised the Honda Accura as the best car of the year.",
        &["-praises-> org:honda"],
    ),
    // After a determiner, the -s form is a plural noun.
    (
        "The Marsh visits China made were short.",
        &["-visits-> country:china"],
    ),
    // A challenge with nothing to do is none.
    (
        "Ivo Marsh challenged the Angolan government's figures.",
        &["-demands->"],
    ),
    // A possessor whose title has no person after the comma is itself the agent.
    (
        "Ivo Marsh's theory has been questioned by Plaid Cymru, the Welsh party.",
        &["person:ana-ruiz"],
    ),
];

#[test]
fn relc26_cases() {
    check_relation_lists(RELATIONS_RELC26, NOT_RELATIONS_RELC26);
}

// ---- reldip27: political and diplomatic events in shapes the arguments missed ----

/// reldip27: a request's maker appeals to the one who acts on it; judgements met "amid"
/// or "despite" and endorsements secured are the giver's; going on the offensive against a
/// side criticises it; a visit is made where the visitor is ("is in X at the start of a visit",
/// "X, where he visited") and a capital visited is its country; an opening "At a meeting"
/// is between the two states named after its comma; calling for an impeachment demands it;
/// a complaint filed against a side accuses it.
const RELATIONS_RELDIP27: &[(&str, &[&str])] = &[
    (
        "Ana Ruiz delayed the vote at the request of Senator Ivo Marsh.",
        &["person:ivo-marsh -appeals-> person:ana-ruiz [asserted]"],
    ),
    (
        "Ana Ruiz resumed talks with the union as requested by Governor Ivo Marsh.",
        &["person:ivo-marsh -appeals-> person:ana-ruiz [asserted]"],
    ),
    (
        "Ana Ruiz rose in the polls amid attacks from Senator Ivo Marsh over immigration.",
        &["person:ivo-marsh -criticizes-> person:ana-ruiz [asserted]"],
    ),
    (
        "Ana Ruiz went on the offensive against Ivo Marsh on Thursday.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz secured the endorsement of Senator Ivo Marsh on Friday.",
        &["person:ivo-marsh -supports-> person:ana-ruiz [asserted]"],
    ),
    (
        "Ana Ruiz faced accusations from Ivo Marsh over the deal.",
        &["person:ivo-marsh -accuses-> person:ana-ruiz [asserted]"],
    ),
    (
        "Senate candidate Ana Ruiz called for the impeachment of Attorney General Ivo Marsh.",
        &["person:ana-ruiz -demands-> person:ivo-marsh [asserted]"],
    ),
    (
        "Governor Ana Ruiz filed a complaint against the Justice Department and Ivo Marsh.",
        &[
            "person:ana-ruiz -accuses-> org:us-justice-department [asserted]",
            "person:ana-ruiz -accuses-> person:ivo-marsh [asserted]",
        ],
    ),
    (
        "US Treasury Secretary Ivo Marsh is currently in Dublin at the start of a four-nation \
         EU visit. He praised Ireland's tax cuts.",
        &["person:ivo-marsh -visits-> country:ireland [asserted]"],
    ),
    (
        "British finance minister Ivo Marsh arrived in Tokyo on Monday for a meeting with \
         Japanese bankers.",
        &["person:ivo-marsh -visits-> country:japan [asserted]"],
    ),
    (
        "Ivo Marsh spent Monday in Basra, where he visited a field hospital.",
        &["person:ivo-marsh -visits-> loc:basra [asserted]"],
    ),
    (
        "At a meeting in Paris last January, French and Soviet trade ministers agreed to \
         expand trade.",
        &["country:france -meets-> country:soviet-union [asserted]"],
    ),
    (
        "Acme Corp said it is willing to resume talks with the union as requested by \
         Wisconsin Governor Ivo Marsh.",
        &["person:ivo-marsh -appeals-> org:acme-corp [reported]"],
    ),
    (
        "At a meeting in Rome last May French and Soviet trade ministers signed a pact.",
        &["country:france -meets-> country:soviet-union [asserted]"],
    ),
    (
        "Senator Ana Ruiz voted to defund Planned Parenthood.",
        &["person:ana-ruiz -cuts_aid-> org:planned-parenthood [asserted]"],
    ),
    (
        "At the request of Senator Ivo Marsh, Ana Ruiz delayed the vote.",
        &["person:ivo-marsh -appeals-> person:ana-ruiz [asserted]"],
    ),
];

/// reldip27: what the shapes must not give.
const NOT_RELATIONS_RELDIP27: &[(&str, &[&str])] = &[
    // A leader going home visits no one.
    (
        "Japanese Prime Minister Ivo Marsh returned to Tokyo on Monday.",
        &["-visits-> country:japan"],
    ),
    // A request with no named maker, and an unnamed subject.
    (
        "Ana Ruiz delayed the vote at the request of the bankers.",
        &["-appeals->"],
    ),
    (
        "Shares fell amid criticism from Ivo Marsh.",
        &["-criticizes->"],
    ),
    // A support noun's "of" names the giver only after a verb of receiving.
    (
        "Ana Ruiz praised the support of Ivo Marsh.",
        &["person:ivo-marsh -supports-> person:ana-ruiz"],
    ),
    // An offensive with no side is no judgement.
    (
        "Ana Ruiz went on the offensive in the debate.",
        &["-criticizes->"],
    ),
    // A meeting with a named side of its own is not the opener's.
    (
        "At a meeting with Italy, French and German officials agreed to cut tariffs.",
        &["country:france -meets-> country:germany"],
    ),
    // A deed opposed is not done.
    (
        "Senator Ana Ruiz has opposed defunding Planned Parenthood.",
        &["-cuts_aid->"],
    ),
    // A request reported by its speaker names no one asked.
    (
        "Ana Ruiz told the panel the plan was drawn up at the request of Ivo Marsh.",
        &["-appeals->"],
    ),
    // A "where" clause after a name that is no place.
    (
        "Ana Ruiz thanked Ivo Marsh, where he visited a field hospital.",
        &["-visits->"],
    ),
];

#[test]
fn reldip27_cases() {
    check_relation_lists(RELATIONS_RELDIP27, NOT_RELATIONS_RELDIP27);
}

// ---- relpol28: US political news ----

/// relpol28: a lawmaker's party tag ("(D-Mo.)") between the name and the verb hides no
/// subject, nor does a home state before a relative clause ("X of Texas, who"); a relative
/// clause after an appositive is the described name's ("X, a longtime donor who backs Y");
/// tearing into, sparring with, throwing one's weight behind, campaigning alongside a named
/// side, and subpoenaing one are events; a sheriff is a title.
const RELATIONS_RELPOL28: &[(&str, &[&str])] = &[
    (
        "Sen. Ana Ruiz (D-Mo.) endorsed Ivo Marsh on Monday.",
        &["person:ana-ruiz -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "Rep. Ana Ruiz (R-N.Y.) has also criticized Ivo Marsh for his remarks.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Senator Ana Ruiz (I-Vt.) on Tuesday urged Ivo Marsh to resign.",
        &["person:ana-ruiz -appeals-> person:ivo-marsh [asserted]"],
    ),
    (
        "Sen. Ana Ruiz (R-S.C.), who has blasted Ivo Marsh, stayed silent.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz ripped Ivo Marsh for his vote on the budget.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz trashed Ivo Marsh in a television interview.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz has sparred with Ivo Marsh for months.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Governor Ana Ruiz threw her weight behind Ivo Marsh on Friday.",
        &["person:ana-ruiz -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz campaigned alongside Ivo Marsh in Ohio last week.",
        &["person:ana-ruiz -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "The Senate Finance Committee subpoenaed Ivo Marsh on Monday.",
        &["org:senate-finance-committee -demands-> person:ivo-marsh [asserted]"],
    ),
    (
        "Sheriff Ana Ruiz endorsed Ivo Marsh on Monday.",
        &["person:ana-ruiz -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "Senator Ana Ruiz of Texas, who has attacked Ivo Marsh for weeks, stayed silent.",
        &["person:ana-ruiz -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz, a longtime donor who backs Ivo Marsh, gave more money.",
        &["person:ana-ruiz -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "The money came from Ana Ruiz, a Texas developer, who had supported Ivo Marsh.",
        &["person:ana-ruiz -supports-> person:ivo-marsh [asserted]"],
    ),
];

/// relpol28: what the party tag and the new triggers must not give.
const NOT_RELATIONS_RELPOL28: &[(&str, &[&str])] = &[
    // The person tagged is a preposition's object, not the subject.
    (
        "A letter to Rep. Ana Ruiz (R-Ohio) criticized Ivo Marsh.",
        &["person:ana-ruiz -criticizes->"],
    ),
    // A tag far from the verb: the clause has a subject of its own.
    (
        "Sen. Ana Ruiz (D-Mo.) said the governor later criticized Ivo Marsh.",
        &["person:ana-ruiz -criticizes->"],
    ),
    // "who" may describe the person inside the appositive: no guess.
    (
        "Ana Ruiz, an aide to Karl Olund who endorsed Ivo Marsh, spoke first.",
        &["person:ana-ruiz -supports->"],
    ),
    // Voters are no actors: "vote for" is no trigger. (Session 45: the speaker's own
    // intended vote is a stance of support, "she would vote for X"; others' votes are not.)
    (
        "Ana Ruiz said many voters would vote for Ivo Marsh.",
        &["-supports->"],
    ),
    // The state in the tag acts for no one.
    (
        "Rep. Ana Ruiz (R-N.Y.) criticized Ivo Marsh.",
        &["loc:new-york-state -criticizes->"],
    ),
];

#[test]
fn relpol28_cases() {
    check_relation_lists(RELATIONS_RELPOL28, NOT_RELATIONS_RELPOL28);
}

/// ner28 (issue #3): affiliations of US political and wire copy: a party tag after a wrapped
/// line and the state it gives, a seat holder's state after "of", a body opening an
/// apposition without a determiner, a plural body's possessive, "the party's" for the one
/// party named before, "ex-" after a firm, "who is also" and a department's full lexicon
/// alias for a portfolio title. Each case fails on e83ca66.
const RELATIONS_NER28: &[(&str, &[&str])] = &[
    (
        "The growers back a bill of Rep. Dale Pruitt,\nR-Mo. and another senator.",
        &[
            "person:dale-pruitt -member_of-> org:republican-party [asserted]",
            "person:dale-pruitt -member_of-> loc:missouri [asserted]",
        ],
    ),
    (
        "The plan was written by Sen. Nora Feld (D-Ohio) last year.",
        &["person:nora-feld -member_of-> loc:ohio [asserted]"],
    ),
    (
        "Sen. Mara Vogel, R-Ky., said the tariff would hurt growers.",
        &["person:mara-vogel -member_of-> loc:kentucky [asserted]"],
    ),
    (
        "Sen. Nora Feld of Ohio said the plan would pass.",
        &["person:nora-feld -member_of-> loc:ohio [asserted]"],
    ),
    (
        "Gov. Walt Brennerman of Texas, who faces a runoff, signed the bill.",
        &["person:walt-brennerman -member_of-> loc:texas [asserted]"],
    ),
    (
        "Pete Ossing, Reuters energy editor, said supply was tight.",
        &["person:pete-ossing -member_of-> org:reuters [asserted]"],
    ),
    (
        "Karl Denby, the Association of Chief Fire Officers' spokesman on safety, said more was needed.",
        &["person:karl-denby -member_of-> org:association-of-chief-fire-officers [asserted]"],
    ),
    (
        "The Republican Party met in Ohio. Lena Vost, the party's nominee, spoke first.",
        &["person:lena-vost -member_of-> org:republican-party [asserted]"],
    ),
    (
        "Acme Corp owns part of Beta Inc. Acme Corp ex-chairman Tom Harlan favours a merger.",
        &["person:tom-harlan -member_of-> org:acme-corp [asserted]"],
    ),
    (
        "Deputy premier Ivan Sorokov spoke. Sorokov, who is also chairman of the State Grain Committee, told reporters more.",
        &["person:ivan-sorokov -member_of-> org:state-grain-committee [asserted]"],
    ),
    (
        "Sens. Nora Feld of Ohio and Dale Pruitt of Maine voted against the bill.",
        &[
            "person:nora-feld -member_of-> loc:ohio [asserted]",
            "person:dale-pruitt -member_of-> loc:maine [asserted]",
        ],
    ),
    (
        "\"We will win,\" said Lena Vost, who is chairman of the Grain Growers Association.",
        &["person:lena-vost -member_of-> org:grain-growers-association [asserted]"],
    ),
    // A bare "is"/"was" before a title and its body; not a body whose name runs on past
    // the mention, and not an "as" phrase after "is".
    (
        "Ann Kell is president of the Dove Media Center. Deb Walsh is director of the Center for American Women and Politics.",
        &["person:ann-kell -member_of-> org:dove-media-center [asserted]"],
    ),
    (
        "Tom Arden was chairman of Kessel Mining Corp until 2001.",
        &["person:tom-arden -member_of-> org:kessel-mining-corp [asserted]"],
    ),
    (
        "Alastair Campbell is acting as an adviser for Labour.",
        &["person:alastair-campbell -member_of-> org:uk-labour-party [asserted]"],
    ),
    // A lone acronym before a title is the body, linked to its name spelled out; not an
    // acronym that is a title itself ("MP").
    (
        "The National Union of Glassworkers backed staff. \"We object,\" said Jo Varne, NUG General Secretary.",
        &["person:jo-varne -member_of-> org:national-union-of-glassworkers [asserted]"],
    ),
    (
        "The National Union of Glassworkers backed staff. NUG General Secretary Jo Varne said pay fell.",
        &["person:jo-varne -member_of-> org:national-union-of-glassworkers [asserted]"],
    ),
    (
        "The U.S. Department of Agriculture has no plan, and Agriculture Secretary Ron Tullis has not met the group.",
        &["person:ron-tullis -member_of-> org:us-agriculture-department [asserted]"],
    ),
];

const NOT_RELATIONS_NER28: &[(&str, &[&str])] = &[
    // An acronym that is a title itself is no body; a body whose name runs on past "the
    // Center" is not the center named before.
    (
        "\"Costs rose,\" said the committee chairman, MP Edward Lark.",
        &["person:edward-lark -member_of-> org:"],
    ),
    (
        "Ann Kell is president of the Dove Media Center. Deb Walsh is director of the Center for American Women and Politics.",
        &["person:deb-walsh -member_of->"],
    ),
    // A city after "of" is no state seat; nor is a body that a state's name opens.
    (
        "Rep. Dale Pruitt of Queens said the plan would pass.",
        &["person:dale-pruitt -member_of-> loc:"],
    ),
    (
        "Sen. Nora Feld of Ohio State University said the plan would pass.",
        &["person:nora-feld -member_of-> loc:ohio"],
    ),
    // A title without a seat gives no state after "of".
    (
        "Professor Nora Feld of Ohio said the plan would pass.",
        &["person:nora-feld -member_of-> loc:ohio"],
    ),
    // "who is" with words before the title is no post of that body.
    (
        "Lena Vost, who is running for president of the Grain Growers Association, spoke.",
        &["person:lena-vost -member_of-> org:grain-growers-association"],
    ),
    // Two parties named before: "the party's" names neither.
    (
        "The Republican Party and the Democratic Party met. Lena Vost, the party's nominee, spoke.",
        &["person:lena-vost -member_of-> org:"],
    ),
];

#[test]
fn affiliations_ner28() {
    check_relation_lists(RELATIONS_NER28, NOT_RELATIONS_NER28);
}

/// (text, entity ids that must be found; `!id`: must not be): a family name written first
/// and then alone ("Mr. Pham" after "Pham Quoc Hung"), and outlets and clearing houses the lexicon
/// now holds.
const ENTITIES_NER28: &[(&str, &[&str])] = &[
    (
        "Finance Minister Pham Quoc Hung met the envoy. Mr. Pham said the talks went well.",
        &["person:pham-quoc-hung", "!person:pham"],
    ),
    (
        "The Hong Kong daily Wen Wei Po said the plan was fair.",
        &["org:wen-wei-po", "!person:wen-wei-po"],
    ),
    (
        "Ta Kung Pao reported the visit on Monday.",
        &["org:ta-kung-pao"],
    ),
    (
        "Euroclear and Cedel will link their systems by September.",
        &["org:euroclear", "org:clearstream"],
    ),
    (
        "The German daily Handelsblatt said the bank would cut jobs.",
        &["org:handelsblatt"],
    ),
    (
        "Sheriff Dale Ormsby said the road was closed.",
        &["person:dale-ormsby", "!person:sheriff-dale-ormsby"],
    ),
    (
        "Sens. Nora Feld and Dale Pruitt wrote the bill.",
        &["person:nora-feld", "!person:sens-nora-feld"],
    ),
];

#[test]
fn entities_ner28() {
    check_entity_ids(ENTITIES_NER28);
}

/// (relprec28) Pending, attempted, planned and halted events are not stated as done.
const RELATIONS_RELPREC28: &[(&str, &[&str])] = &[
    (
        "Carlo Brandt has made a fresh approach to buy Vantor Motors, which could lead to a bid.",
        &["person:carlo-brandt -buys-> org:vantor-motors [intended]"],
    ),
    (
        "Vantor Motors said its board has received a proposal from chairman Carlo Brandt to acquire Vantor Motors for 12 dlrs a share.",
        &["person:carlo-brandt -buys-> org:vantor-motors [intended]"],
    ),
    (
        "Siemens said it was in talks over the purchase of Vantor Motors.",
        &["org:siemens -buys-> org:vantor-motors [hypothetical]"],
    ),
    (
        "Its subsidiary, Dalmore Bank, ended its tender offer to buy shares of Vantor Motors at 35 dlrs a share.",
        &["org:dalmore-bank -buys-> org:vantor-motors [negated]"],
    ),
    (
        "The United Nations is to hold membership talks with Peru and Chile.",
        &["org:united-nations -negotiates-> country:peru [intended]"],
    ),
    (
        "Dalmore Bank is trying to strike a similar deal with Nokia.",
        &["org:dalmore-bank -agrees-> org:nokia [intended]"],
    ),
    (
        "Chile is trying to sell arms to Peru.",
        &["country:chile -sells-> country:peru [intended]"],
    ),
    (
        "On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on Japanese electronic goods.",
        &["country:united-states -sanctions-> country:japan [intended]"],
    ),
    (
        "Chile dropped its plan to impose sanctions on Peru.",
        &["country:chile -sanctions-> country:peru [negated]"],
    ),
    (
        "Ana Ruiz broke off talks with Ivo Marsh on Monday.",
        &["person:ana-ruiz -negotiates-> person:ivo-marsh [negated]"],
    ),
    (
        "Chile suspended talks with Peru.",
        &["country:chile -negotiates-> country:peru [negated]"],
    ),
    (
        "Chile ended its talks with Peru.",
        &["country:chile -negotiates-> country:peru [negated]"],
    ),
    (
        "Ivo Marsh said he has no plans to start bilateral trade talks with Peru.",
        &["person:ivo-marsh -negotiates-> country:peru [negated]"],
    ),
    // Kept: a state's officials act for it; suspending aid is cutting it; a threat may name a
    // state's firms; an attempt at another act leaves the event as stated.
    (
        "The United States threatened to restrict Japanese construction firms.",
        &["country:united-states -threatens-> country:japan [asserted]"],
    ),
    (
        "Siemens said the offer was a last-minute attempt to interfere with its takeover of Vantor Motors.",
        &["org:siemens -buys-> org:vantor-motors [reported]"],
    ),
    (
        "Japanese officials met Peru.",
        &["country:japan -meets-> country:peru [asserted]"],
    ),
    (
        "The United States suspended aid to Egypt.",
        &["country:united-states -cuts_aid-> country:egypt [asserted]"],
    ),
];

/// (relprec28) Categories named by a demonym, and a person named only as someone's possessor,
/// are no sides.
const NOT_RELATIONS_RELPREC28: &[(&str, &[&str])] = &[
    (
        "But the Irish duo have cut off talks with Carlo Brandt over the proposed sale.",
        &["country:ireland -negotiates->"],
    ),
    (
        "The union wanted a contract comparable to agreements between the UAW and Japanese automakers.",
        &["-agrees-> country:japan"],
    ),
    (
        "Israeli forces attacked Syrian rebels.",
        &["-attacks-> country:syria"],
    ),
    (
        "Ana Ruiz told the court she had later asked Ivo Marsh's lawyer, Tom Reed, what had happened.",
        &["-appeals-> person:ivo-marsh"],
    ),
    (
        "Carlo Brandt criticised Ivo Marsh's rival, Ana Ruiz.",
        &["-criticizes-> person:ivo-marsh"],
    ),
    (
        "Carlo Brandt has made a fresh approach to buy Vantor Motors, which could lead to a bid.",
        &["-buys-> org:vantor-motors [asserted]"],
    ),
    (
        "Ana Ruiz broke off talks with Ivo Marsh on Monday.",
        &["-negotiates-> person:ivo-marsh [asserted]"],
    ),
];

#[test]
fn relprec28_cases() {
    check_relation_lists(RELATIONS_RELPREC28, NOT_RELATIONS_RELPREC28);
}

/// (session 30) "captured Texas and Oklahoma" in a report on primaries is a candidate winning
/// states; taking a town or a province in a war report is still occupying it. A name before
/// "voters", "supporters" or (unless a party's) "contender" names those people, not itself.
const RELATIONS_ELECTION30: &[(&str, &[&str])] = &[
    (
        "Rebel commander Ivo Darnell captured Idlib province on Monday.",
        &["person:ivo-darnell -occupies-> loc:idlib [asserted]"],
    ),
    (
        "Ivo Darnell captured Kandahar. He later won the nomination of his party.",
        &["person:ivo-darnell -occupies-> loc:kandahar [asserted]"],
    ),
    (
        "White House hopeful Ivo Darnell criticized Karl Vendrum.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Rival Republican candidates have long criticized Karl Vendrum.",
        &["org:republican-party -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // "She" continues the previous sentence's subject, found before an irregular past tense
    // or after a person's appositive.
    (
        "Ana Ruiz spoke at Karl Vendrum's rally in Miami on Monday. She praised Ivo Darnell for his courage.",
        &["person:ana-ruiz -praises-> person:ivo-darnell [asserted]"],
    ),
    (
        "Ana Ruiz, a former Acme executive, was at Karl Vendrum's rally in Miami on Monday. She criticized Ivo Darnell.",
        &["person:ana-ruiz -criticizes-> person:ivo-darnell [asserted]"],
    ),
];

const NOT_RELATIONS_ELECTION30: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell has captured Texas and Oklahoma, winning 200 delegates in Tuesday's primaries.",
        &["-occupies-> loc:texas", "-occupies-> loc:oklahoma"],
    ),
    (
        "Ivo Darnell captured Ohio. The caucus results come in tonight.",
        &["-occupies-> loc:ohio"],
    ),
    (
        "Ivo Darnell said it is not right for a Supreme Court justice to criticize a White House contender.",
        &["-criticizes-> org:white-house"],
    ),
    (
        "Democratic voters are united in supporting Planned Parenthood.",
        &["org:democratic-party -supports->"],
    ),
];

#[test]
fn election30_cases() {
    check_relation_lists(RELATIONS_ELECTION30, NOT_RELATIONS_ELECTION30);
}

/// (session 31) Political speech acts in shapes the finder missed: a party's adjective before a
/// contest noun ("her Republican rival X"), a passive's agent after an adjunct ("attacked on
/// his speeches by X"), "who once backed X", "congressional Republicans", an adjective or
/// "whose" before a noun of words ("X's energetic endorsement of Y", "X, whose criticism of
/// Y"), "unleashed attacks against X", a pronoun object of a second coordinated verb ("praised
/// X and then accused him") and "unloaded on X".
const RELATIONS_RELPOL31: &[(&str, &[&str])] = &[
    (
        "Ana Ruiz blasted her Republican rival Karl Vendrum on Monday.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ana Ruiz accused Democratic challenger Karl Vendrum of lying.",
        &["person:ana-ruiz -accuses-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum has been attacked on his speeches by Ana Ruiz.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell, who once backed Karl Vendrum, is launching a new group.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "The White House blasted congressional Republicans.",
        &["org:white-house -criticizes-> org:republican-party [asserted]"],
    ),
    (
        "Ana Ruiz's energetic endorsement of Karl Vendrum surprised many.",
        &["person:ana-ruiz -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell, whose criticism of Karl Vendrum has sharpened, spoke on Monday.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ana Ruiz unleashed withering attacks against Karl Vendrum in the debate.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell praised Ana Ruiz and accused her of lying.",
        &[
            "person:ivo-darnell -praises-> person:ana-ruiz [asserted]",
            "person:ivo-darnell -accuses-> person:ana-ruiz [asserted]",
        ],
    ),
    (
        "Ana Ruiz unloaded on Karl Vendrum in a speech on Sunday.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell took aim at Karl Vendrum and his open support for Ana Ruiz.",
        &["person:karl-vendrum -supports-> person:ana-ruiz [asserted]"],
    ),
    // A side's words and conduct are judged in their author, after "of" or "by".
    (
        "Ivo Darnell praised efforts by Secretary of State Ana Ruiz to end the war.",
        &["person:ivo-darnell -praises-> person:ana-ruiz [asserted]"],
    ),
    (
        "Ivo Darnell took aim at comments by Karl Vendrum about trade.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // An adverb between the auxiliary and a passive participle.
    (
        "Karl Vendrum was also endorsed by former rival Ana Ruiz.",
        &["person:ana-ruiz -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum was also endorsed the day before by Ana Ruiz.",
        &["person:ana-ruiz -supports-> person:karl-vendrum [asserted]"],
    ),
    // "but" before a second verb of the same subject.
    (
        "Ivo Darnell complained about the tone of the race but defended Karl Vendrum as a fair candidate.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    // Judgements in quotes: a condition closed before "that", an adjective of the speaker's
    // own before the judgement; "branded X a demagogue".
    (
        "\"Let me be clear, if I have not said it before, that Karl Vendrum is unfit to lead,\" Ana Ruiz said.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ana Ruiz said Karl Vendrum was a proven failure in business.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ana Ruiz branded Karl Vendrum a dangerous demagogue.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // "he" is not a name premodifying a noun ("a staunch Karl Vendrum ally").
    (
        "Ivo Darnell, a staunch Karl Vendrum ally, spoke even as he defended Ana Ruiz.",
        &["person:ivo-darnell -supports-> person:ana-ruiz [asserted]"],
    ),
];

const NOT_RELATIONS_RELPOL31: &[(&str, &[&str])] = &[
    (
        "Ana Ruiz asked Karl Vendrum whether he would run again.",
        &["-appeals->"],
    ),
    (
        "Ana Ruiz unloaded on the Republican front-runner in the debate.",
        &["-criticizes-> org:republican-party"],
    ),
    (
        "Ivo Darnell praised Ana Ruiz and Karl Vendrum, and accused him of lying.",
        &["-accuses->"],
    ),
    // After "said", the verb before "but" is what was said: its subject is not the second
    // verb's.
    (
        "Ivo Darnell said Canada must act but defended Karl Vendrum on aid.",
        &["country:canada -supports->"],
    ),
    // A hedge before the judgement, or a condition that reaches it, judges nobody.
    (
        "Ana Ruiz said Karl Vendrum was an alleged fraud.",
        &["-criticizes->"],
    ),
    (
        "\"If Karl Vendrum wins, he is unfit to lead,\" Ana Ruiz said.",
        &["-criticizes->"],
    ),
    // The victim of a deed of violence is not its author.
    (
        "Ivo Darnell condemned the killing of Karl Vendrum.",
        &["-condemns-> person:karl-vendrum"],
    ),
];

#[test]
fn relpol31_cases() {
    check_relation_lists(RELATIONS_RELPOL31, NOT_RELATIONS_RELPOL31);
}

/// (session 31) A candidate's campaign is an organisation of its own, "<Surname> campaign":
/// it speaks ("the Vendrum campaign said"), acts ("Vendrum's campaign accused X") and employs
/// ("Vendrum campaign manager Ana Ruiz"); a thing of the campaign ("a Vendrum campaign rally")
/// names no campaign, and a candidate is never on the other side of their own campaign.
#[test]
fn a_candidates_campaign_is_an_organisation() {
    let text = "Karl Vendrum spoke in Ohio on Monday. The Vendrum campaign said the report was false. \
                Vendrum campaign manager Ana Ruiz criticized Ivo Darnell. \
                Vendrum's campaign accused Ivo Darnell of lying.";
    let a = analyze(text);
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"org:vendrum-campaign"), "{ids:?}");
    assert!(ids.contains(&"person:karl-vendrum"), "{ids:?}");
    let campaign = a
        .entities
        .iter()
        .find(|e| e.id == "org:vendrum-campaign")
        .unwrap();
    assert_eq!(campaign.name, "Vendrum campaign");
    for m in &campaign.mentions {
        assert!(
            text[m.start..m.end].contains("campaign"),
            "{:?}",
            &text[m.start..m.end]
        );
    }
    let q = a
        .quotes
        .iter()
        .find(|q| q.content.text.starts_with("the report was false"))
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("org:vendrum-campaign"));
    let rels = relations(&a);
    for want in [
        "person:ana-ruiz -member_of-> org:vendrum-campaign [asserted]",
        "org:vendrum-campaign -accuses-> person:ivo-darnell [asserted]",
        "person:ana-ruiz -criticizes-> person:ivo-darnell [asserted]",
    ] {
        assert!(rels.iter().any(|r| r == want), "{want}\n{rels:#?}");
    }

    // A lone given name names the campaign by the surname the article gives it in full.
    let a = analyze("Karl Vendrum spoke in Ohio. Ana Ruiz said Karl's campaign has misled voters.");
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"org:vendrum-campaign"), "{ids:?}");
    assert!(!ids.contains(&"org:karl-campaign"), "{ids:?}");

    let a = analyze("Karl Vendrum spoke at a Vendrum campaign rally in Ohio on Monday.");
    assert!(
        a.entities.iter().all(|e| e.id != "org:vendrum-campaign"),
        "{:?}",
        a.entities
    );
    let a = analyze(
        "Karl Vendrum spoke in Ohio. On Sunday, he pledged his support to the Vendrum campaign.",
    );
    assert!(
        relations(&a).iter().all(|r| !r.contains("-supports->")),
        "{:?}",
        relations(&a)
    );
}

/// (session 31) A family member of a widely known person is a person of their own, even where
/// the article names the known person in full too; a bare surname stays the known person's
/// unless "Mrs"/"Ms" says it is a woman of the family, or the other one is written in full
/// more often.
#[test]
fn family_members_of_known_people_are_their_own_persons() {
    let a = analyze(
        "Donald Trump spoke in Ohio on Monday. Ana Trump spoke later. \
         Mrs. Trump said she was proud. Mr. Trump said he was proud too. \
         Ted Cruz spoke in Iowa. Heidi Cruz campaigned with him.",
    );
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "person:donald-trump",
        "person:ana-trump",
        "person:ted-cruz",
        "person:heidi-cruz",
    ] {
        assert!(ids.contains(&id), "{id} not in {ids:?}");
    }
    let speaker = |start: &str| speaker_of(&a, start);
    assert_eq!(
        speaker("she was proud").as_deref(),
        Some("person:ana-trump")
    );
    assert_eq!(
        speaker("he was proud too").as_deref(),
        Some("person:donald-trump")
    );
    // A relative brought in by a family noun is not who a later bare surname goes on about.
    let a = analyze(
        "Ana Ruiz spoke in Ohio on Monday. Her husband, Karl Ruiz, was there too. \
         Ruiz said the economy was strong.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.content.text.starts_with("the economy was strong"))
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("person:ana-ruiz"));
}

/// (session 31) A "he"/"she" closing a direct quote that opens its sentence takes the subject
/// of the sentence before the quote, even when a person of known gender is named further back.
const SPK31: &[(&str, &str, &str)] = &[
    (
        "Mr. Karl Vendrum spoke on Monday. Ivo Darnell backed the plan. \"It is a good plan. It will work for everyone,\" he said.",
        "person:ivo-darnell",
        "It is a good plan",
    ),
    (
        "Mr. Karl Vendrum spoke on Monday. Recently, Ivo Darnell, a radio host, was asked by a caller why the plan failed. \"Nobody wanted it,\" he said.",
        "person:ivo-darnell",
        "Nobody wanted it",
    ),
    (
        "Mr. Karl Vendrum spoke on Monday. Omar Haddad, the mayor, met voters in Ohio. \"We need more jobs here,\" he told reporters.",
        "person:omar-haddad",
        "We need more jobs",
    ),
    (
        "Mr. Karl Vendrum spoke on Monday. Ivo Darnell, a former adviser, has been urging voters to back the plan. \"The plan will work for everyone,\" he said.",
        "person:ivo-darnell",
        "The plan will work",
    ),
    (
        "Ivo Darnell said the plan was sound. \"Karl Vendrum has done a lot of things to show why he should not lead,\" he said.",
        "person:ivo-darnell",
        "Karl Vendrum has done",
    ),
    // A sentence naming no person does not end the run of the speaker before it.
    (
        "Mr. Karl Vendrum spoke in Ohio. The town has a long history of welcoming refugees, Mayor Ivo Darnell noted. Every year, hundreds of families arrive. \"We get about 3,000 a year,\" he said.",
        "person:ivo-darnell",
        "We get about",
    ),
];

#[test]
fn spk31_cases() {
    let mut failures = Vec::new();
    for (text, speaker, starts) in SPK31 {
        let a = analyze(text);
        let got = a.quotes.iter().find(|q| q.content.text.starts_with(starts));
        if got.and_then(|q| q.speaker.as_deref()) != Some(*speaker) {
            failures.push(format!(
                "{text:?}\n  wants {speaker} got {:?}",
                got.map(|q| &q.speaker)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (session 32) Political news, from the misses of a new development set: a titled apposition
/// after a demonym names the person ("the Russian president, X"); an apposition naming a
/// relative by a place-qualified title still describes its head; "jerk" and "thug" are
/// judgements; an unresolved "he" leaves the actor unknown; a demonym before "adversaries"
/// names no country.
const RELATIONS_RELPOL32: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum defended his praise of the Russian president, Vladimir Putin, on Sunday.",
        &["person:karl-vendrum -praises-> person:vladimir-putin [reported]"],
    ),
    (
        "Dale Marsh, the younger brother of Ohio senator Ana Ruiz, endorsed Karl Vendrum in May.",
        &["person:dale-marsh -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Dale Marsh, the far more conservative brother of Hollywood star Ana Ruiz, endorsed Karl Vendrum in May.",
        &["person:dale-marsh -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ana Ruiz said Karl Vendrum was a jerk.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ana Ruiz said Karl Vendrum was a thug.",
        &["person:ana-ruiz -criticizes-> person:karl-vendrum [asserted]"],
    ),
];

const NOT_RELATIONS_RELPOL32: &[(&str, &[&str])] = &[
    (
        "Federal Election Commission records show he backed Karl Vendrum in 2008.",
        &["-supports->"],
    ),
    (
        "Vladimir Putin backs American adversaries around the world.",
        &["-supports-> country:united-states"],
    ),
    (
        "Dale Marsh, the younger brother of Ohio senator Ana Ruiz, endorsed Karl Vendrum in May.",
        &["person:ana-ruiz -supports->"],
    ),
];

#[test]
fn relpol32_cases() {
    check_relation_lists(RELATIONS_RELPOL32, NOT_RELATIONS_RELPOL32);
}

/// (session 32) A relative named after a family noun and "of" ("the younger brother of film
/// legend Ron Marsh") is not who a later bare surname goes on about: the person the article
/// introduced first keeps it.
#[test]
fn a_relative_after_family_noun_and_of_keeps_no_surname() {
    let text = "Actor Dale Marsh endorsed Karl Vendrum in May. \
                Marsh, the younger brother of film legend Ron Marsh, has made movies for decades. \
                Marsh said the senator had courage.";
    let a = analyze(text);
    let speaker = a
        .quotes
        .iter()
        .find(|q| q.content.text.starts_with("the senator had courage"))
        .and_then(|q| q.speaker.clone());
    assert_eq!(speaker.as_deref(), Some("person:dale-marsh"));
    let ron = a
        .entities
        .iter()
        .find(|e| e.id == "person:ron-marsh")
        .expect("Ron Marsh is a person of his own");
    assert_eq!(ron.mentions.len(), 1, "{:?}", ron.mentions);
    assert_eq!(
        &text[ron.mentions[0].start..ron.mentions[0].end],
        "Ron Marsh"
    );
}

/// (session 32) A party's adjective before a word of party politics names the party ("the
/// Democratic nomination", "a Republican debate", "the Democratic front-runner",
/// "Democratic-leaning", "X, a Democrat, said"), but the party it names is no side of an
/// event ("The Democratic presidential candidate blasted X" is the candidate's).
#[test]
fn party_adjectives_name_the_party_but_do_not_act() {
    for text in [
        "Even the day after a Democratic debate, Karl Vendrum held the spotlight.",
        "He asked which of the two Democratic presidential candidates was ready.",
        "The Democratic front-runner said he was wrong.",
        "In Democratic-leaning New Jersey, the vote was close.",
        "Ana Ruiz won the Democratic nomination in June.",
        "Ana Ruiz, a Democrat, spoke on Monday.",
    ] {
        let a = analyze(text);
        let party = a
            .entities
            .iter()
            .find(|e| e.id == "org:democratic-party")
            .unwrap_or_else(|| panic!("no party in {text:?}"));
        for m in &party.mentions {
            assert!(text[m.start..m.end].starts_with("Democrat"), "{text:?}");
        }
    }
    for text in [
        "The Democratic presidential candidate blasted Karl Vendrum's plan on Wednesday.",
        "Karl Vendrum railed against Democratic debate moderators.",
    ] {
        let rels = relations(&analyze(text));
        assert!(
            !rels.iter().any(|r| r.contains("org:democratic-party")),
            "{text:?}: {rels:?}"
        );
    }
}

/// (session 32) A topic fronted before the subject ("Of Vendrum, Ana Ruiz said ... her
/// state") is not the sentence's subject: the "her" tells Ana Ruiz's gender, and a "she"
/// closing the next quote is hers, not an earlier woman's.
#[test]
fn a_fronted_topic_is_not_the_subject() {
    let text = "Mrs. Dana Pell spoke on Monday. Karl Vendrum spoke later.\n\n\
                Of Vendrum, Ana Ruiz said many voters in her state would find it hard to look \
                past Vendrum's views.\n\n\"He is highlighting the issues,\" she said.";
    let a = analyze(text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.content.text.starts_with("He is highlighting"))
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("person:ana-ruiz"));
}

/// (session 32) A legislature's committee written in lower case ("the environment select
/// committee", "the Commons home affairs committee") is an organisation, and "But the
/// committee said" goes back to it; "the organising committee" names no committee.
#[test]
fn a_committee_in_lower_case_is_an_organisation() {
    let text = "Sloppy wording could leave anglers facing court, the environment select \
                committee said. But the committee said an amendment was needed.\n\n\
                The Commons home affairs committee said sentences should not be cut.\n\n\
                The organising committee said the games were ready.";
    let a = analyze(text);
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "org:environment-select-committee",
        "org:home-affairs-committee",
    ] {
        assert!(ids.contains(&id), "{id} not in {ids:?}");
    }
    assert!(!ids.iter().any(|i| i.contains("organising")), "{ids:?}");
    let c = a
        .entities
        .iter()
        .find(|e| e.id == "org:environment-select-committee")
        .unwrap();
    assert_eq!(
        &text[c.mentions[0].start..c.mentions[0].end],
        "environment select committee"
    );
    let speaker = |start: &str| speaker_of(&a, start);
    assert_eq!(
        speaker("an amendment was needed").as_deref(),
        Some("org:environment-select-committee")
    );
    assert_eq!(
        speaker("sentences should not be cut").as_deref(),
        Some("org:home-affairs-committee")
    );
}

/// (session 32) World-news shapes from a second new development set: a court's or a
/// confession's words give a killing its author; a state that backs a loan for a country
/// aids it.
const RELATIONS_WORLD32: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum pleaded guilty to the murder of Ana Ruiz.",
        &["person:karl-vendrum -kills-> person:ana-ruiz [asserted]"],
    ),
    (
        "Karl Vendrum was convicted of the killing of Ana Ruiz.",
        &["person:karl-vendrum -kills-> person:ana-ruiz [asserted]"],
    ),
    (
        "The United States said it would back a 500 mln dlr bridge loan to Argentina.",
        &["country:united-states -aids-> country:argentina [hypothetical]"],
    ),
    (
        "John Kerry met the foreign minister of Iran, Mohammad Javad Zarif, in Vienna.",
        &["person:john-kerry -meets-> person:mohammad-javad-zarif [asserted]"],
    ),
    (
        "David Blunkett spoke. David Davis criticized the way Mr Blunkett introduced the rules.",
        &["person:david-davis -criticizes-> person:david-blunkett [asserted]"],
    ),
    (
        "David Davis echoed criticism of David Blunkett on Monday.",
        &["person:david-davis -criticizes-> person:david-blunkett [asserted]"],
    ),
    (
        "Barack Obama praised the president of Mexico, Enrique Pena Nieto, on Monday.",
        &["person:barack-obama -praises-> person:enrique-pena-nieto [asserted]"],
    ),
];

const NOT_RELATIONS_WORLD32: &[(&str, &[&str])] =
    &[("Karl Vendrum denied the murder of Ana Ruiz.", &["-kills->"])];

#[test]
fn world32_cases() {
    check_relation_lists(RELATIONS_WORLD32, NOT_RELATIONS_WORLD32);
}

/// (session 32) "X, for the Tories, attacked ..." ties a politician to the party they speak
/// for; "X, from the Federation of Small Businesses, said: ..." to the body, also before a
/// colon.
#[test]
fn a_party_spoken_for_and_a_body_before_said_colon_are_affiliations() {
    for (text, want) in [
        (
            "But Karl Vendrum, for the Tories, attacked government red tape.",
            "person:karl-vendrum -member_of-> org:uk-conservative-party",
        ),
        (
            "Ana Ruiz, for the Liberal Democrats, accused the minister of ducking choices.",
            "person:ana-ruiz -member_of-> org:liberal-democrats",
        ),
        (
            "Dale Marsh, from the Federation of Small Businesses, said: \"The plans are bad.\"",
            "person:dale-marsh -member_of-> org:federation-of-small-businesses",
        ),
    ] {
        let rels = relations(&analyze(text));
        assert!(
            rels.iter().any(|r| r.starts_with(want)),
            "{text:?}: {rels:?}"
        );
    }
}

/// (session 32) "Fox News' Megyn Kelly": a news outlet's or a company's possessive before a
/// person's name is the person's employer; "Conservative commentator X" names no party.
#[test]
fn an_outlets_possessive_is_an_employer_and_ideology_is_no_party() {
    let rels = relations(&analyze(
        "Fox News' Dana Pell asked Karl Vendrum about taxes on Monday.",
    ));
    assert!(
        rels.iter()
            .any(|r| r.starts_with("person:dana-pell -member_of-> org:fox-news")),
        "{rels:?}"
    );
    let a = analyze("Conservative commentator Dana Pell wrote that the plan was weak.");
    assert!(
        !a.entities.iter().any(|e| e.id.contains("conservative")),
        "{:?}",
        a.entities.iter().map(|e| &e.id).collect::<Vec<_>>()
    );
}

/// (session 32) A lone surname after a descriptor noun ("told the BBC News website Ford did
/// not deserve it") is the person the article names in full ("James Ford"), not a firm; "Ford,
/// the US car company," stays a firm.
#[test]
fn a_surname_after_a_descriptor_noun_stays_the_persons() {
    let text = "In July Ana Ruiz's killer, James Ford, pleaded guilty. Her uncle told the BBC \
                News website Ford did not deserve any credit for his plea.";
    let a = analyze(text);
    assert!(
        !a.entities.iter().any(|e| e.id == "org:ford"),
        "{:?}",
        a.entities.iter().map(|e| &e.id).collect::<Vec<_>>()
    );
}

/// (session 32) Quote speakers from a second world-news development set: an office named
/// by a title and a possessive ("X Commissioner's Office"); "the spokesman" after "a
/// spokesman for <organisation>"; an unnamed spokesman's "he said" past one sentence that
/// names nobody; a possessor describing the speaker (`X's brother, Y, told ..., saying`);
/// a lower-case title before the previous sentence's subject. (text, speaker id, content
/// start, direct)
const QUOTES_SPK32: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "A spokesman for the Data Protection Commissioner's Office said it would look into the complaint.",
        Some("org:data-protection-commissioners-office"),
        "it would look",
        false,
    ),
    (
        "A Labour Party spokesman told reporters the party kept to the rules. But that was not true of every call. \"We always ask first,\" he said.",
        Some("org:uk-labour-party"),
        "We always ask",
        true,
    ),
    (
        "A spokesman for Kestrel Shipping Corp said the ships were safe. Kestrel Shipping Corp has 40 ships. The spokesman said the review would end in May.",
        Some("org:kestrel-shipping-corp"),
        "the review would",
        false,
    ),
    (
        "Ana Ruiz's brother, Tomas Ruiz, told reporters the sentence was too short, saying: \"Nothing will bring her back.\"",
        Some("person:tomas-ruiz"),
        "Nothing will bring",
        true,
    ),
    (
        "Karl Vendrum announced the plan on Monday. Shadow home secretary Tomas Ruiz echoed criticisms of the way Mr Vendrum introduced the rules. \"There is real concern about this,\" he said.",
        Some("person:tomas-ruiz"),
        "There is real concern",
        true,
    ),
    (
        "Karl Vendrum announced the plan on Monday. A spokesman for the Fisheries Ombudsman's Office said the plan was lawful. \"If anyone complains, we will look at it,\" he said.",
        Some("org:fisheries-ombudsmans-office"),
        "If anyone complains",
        true,
    ),
];

#[test]
fn spk32_cases() {
    check_quote_cases(QUOTES_SPK32);
}

/// (session 33) Stance read from what people say: a "he" or "she" opening the clause of a
/// judgement stands for the one person of that gender named just before (not the speaker; in
/// reported speech, only a speaker of the other gender leaves it to someone else); a feeling
/// of the speaker's about what someone did ("I am ashamed that X ..."); a name right before a
/// partial quote ("said X 'has courage'"); calling someone a liar accuses them (CAMEO 112).
const RELATIONS_STANCE33: &[(&str, &[&str])] = &[
    (
        "Tomas Vendrum took on Ana Kolby on Sunday. Mrs. Kolby had said he was weak. \"She lies about everything; she's a liar,\" Mr. Vendrum said.",
        &["person:tomas-vendrum -accuses-> person:ana-kolby [asserted]"],
    ),
    (
        "Mr. Karl Dorn spoke in Leeds on Monday. \"He is a great leader,\" Mrs. Lena Ortiz said.",
        &["person:lena-ortiz -praises-> person:karl-dorn [asserted]"],
    ),
    (
        "Republican Maria Lopez said she would vote for Karl Vendrum. \"I am ashamed that Ivo Darnell would endorse anyone like that,\" she said.",
        &["person:maria-lopez -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "\"We are appalled by Ivo Darnell's remarks,\" Maria Lopez said.",
        &["person:maria-lopez -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Actor Jim Bell endorsed Ivo Darnell in November. He said Darnell “has courage to fight for those ideas.”",
        &["person:jim-bell -praises-> person:ivo-darnell [asserted]"],
    ),
    (
        "\"Omar Haddad is a liar,\" Nadia Karim said.",
        &["person:nadia-karim -accuses-> person:omar-haddad [asserted]"],
    ),
];

const NOT_RELATIONS_STANCE33: &[(&str, &[&str])] = &[
    // Two women named before "she"; a "he" of unknown gender; the speaker's own "he".
    (
        "Mrs. Lena Ortiz met Mrs. Rosa Pike on Sunday. \"She is a liar,\" Tomas Vendrum said.",
        &["-accuses->"],
    ),
    (
        "Karl Dorn spoke on Sunday. \"He is a liar,\" Tomas Vendrum said.",
        &["-accuses->"],
    ),
    (
        "Mr. Karl Dorn spoke on Sunday. Mr. Tomas Vendrum said he was wrong to sell the shares.",
        &["-criticizes->"],
    ),
    (
        "Mr. Karl Dorn lost the vote. \"He's very weakened,\" Mr. Tomas Vendrum said.",
        &["-criticizes->"],
    ),
    // The speaker's own deed, a condition, someone told.
    (
        "\"I am ashamed that I voted for Ivo Darnell,\" Maria Lopez said.",
        &["-criticizes->"],
    ),
    (
        "\"I would be ashamed if Ivo Darnell won,\" Maria Lopez said.",
        &["-criticizes->"],
    ),
    (
        "Maria Lopez told Ivo Darnell “has courage to fight for those ideas.”",
        &["-praises->"],
    ),
];

#[test]
fn stance33_cases() {
    check_relation_lists(RELATIONS_STANCE33, NOT_RELATIONS_STANCE33);
}

/// (rel33) Relations a verb states between two named sides: a possessor after a title ("Mr.")
/// whose quality is questioned or who is told to act, and the maker of a call its addressee
/// rejects or accepts ("rejected the Greens' call to ...": the Greens appeal to the subject).
const RELATIONS_REL33: &[(&str, &[&str])] = &[
    (
        "Senator Ana Ruiz questioned Mr. Vendrum's veracity.",
        &["person:ana-ruiz -criticizes-> person:vendrum [asserted]"],
    ),
    (
        "Ivo Darnell told Mr. Vendrum to resign.",
        &["person:ivo-darnell -demands-> person:vendrum [asserted]"],
    ),
    (
        "Ivo Darnell told Karl Vendrum to go home.",
        &["person:ivo-darnell -demands-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell rejected the Green Party's call to cut fuel duty.",
        &["org:green-party -appeals-> person:ivo-darnell [asserted]"],
    ),
    (
        "Ivo Darnell accepted Norway's request to extend the talks.",
        &["country:norway -appeals-> person:ivo-darnell [asserted]"],
    ),
    (
        "Ivo Darnell rejected Norway's demand for a vote.",
        &["country:norway -demands-> person:ivo-darnell [asserted]"],
    ),
];

const NOT_RELATIONS_REL33: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell wanted Karl Vendrum to go home.",
        &["-demands->", "-appeals->"],
    ),
    (
        "Ivo Darnell rejected Norway's offer.",
        &["-appeals->", "-demands->"],
    ),
];

#[test]
fn rel33_cases() {
    check_relation_lists(RELATIONS_REL33, NOT_RELATIONS_REL33);
}

/// (session 33b) International wire news: talks or an agreement "held"/"reached" between two
/// sides, "protested over X's decision", a fronted "Accusing Y of" before "X yesterday said",
/// a trip completed after "after having completed" past a relative clause, a line of credit
/// extended to a country, and loans received from a public lender.
const RELATIONS_REL33B: &[(&str, &[&str])] = &[
    (
        "It would hurt the fishing talks currently held between Norway and Spain.",
        &["country:norway -negotiates-> country:spain [hypothetical]"],
    ),
    (
        "The visit follows an agreement reached between Kenya and the Paris Club last year.",
        &["country:kenya -agrees-> org:paris-club [asserted]"],
    ),
    (
        "Spain today protested over Norway's decision to close its waters to Spanish trawlers.",
        &["country:spain -protests-> country:norway [asserted]"],
    ),
    (
        "Accusing the Spanish of overfishing, Norway yesterday said that any trawlers would be seized.",
        &["country:norway -accuses-> country:spain [asserted]"],
    ),
    (
        "Finance Minister Ivo Darnell, who is in Lisbon today, will fly to Seoul on Monday, after having completed a week-long trip to Canada, Mexico and Chile.",
        &[
            "person:ivo-darnell -visits-> country:canada [asserted]",
            "person:ivo-darnell -visits-> country:mexico [asserted]",
            "person:ivo-darnell -visits-> country:chile [asserted]",
        ],
    ),
    (
        "The World Bank in 1985 extended a 50 mln dlr line of credit to Kenya.",
        &["org:world-bank -aids-> country:kenya [asserted]"],
    ),
    (
        "Peru, which received its first loans from the World Bank in 1970, wants more.",
        &["org:world-bank -aids-> country:peru [asserted]"],
    ),
    (
        "Vietnam is expected to receive its first World Bank loan this year.",
        &["org:world-bank -aids-> country:vietnam [intended]"],
    ),
    (
        "Representatives from Ghana met officials of Germany's Treasury.",
        &["country:ghana -meets-> org:german-treasury [asserted]"],
    ),
    (
        "The deal stalled despite a recent trip to South Korea by senior Ghanaian officials.",
        &["country:ghana -visits-> country:south-korea [asserted]"],
    ),
    (
        "Moscow has extracted promises from both Poland and Hungary that they will cut tariffs.",
        &[
            "country:russia -demands-> country:poland [asserted]",
            "country:russia -demands-> country:hungary [asserted]",
        ],
    ),
];

const NOT_RELATIONS_REL33B: &[(&str, &[&str])] =
    &[("The company received a loan from Citibank.", &["-aids->"])];

#[test]
fn rel33b_cases() {
    check_relation_lists(RELATIONS_REL33B, NOT_RELATIONS_REL33B);
}

/// (rel34) Events the narration states: a group headed by named persons acts for the country
/// its demonym names; a possessed killer noun in apposition to a person; closing one's ports
/// or borders to a side; licensing a product to a company.
const RELATIONS_REL34: &[(&str, &[&str])] = &[
    (
        "The Chilean delegation, headed by Finance Minister Pedro Alvarez and central bank president Juan Soto, will hold talks with Japanese officials in Tokyo next week.",
        &["country:chile -negotiates-> country:japan [intended]"],
    ),
    (
        "Sarah Miller's killer, Tom Brady, pleaded guilty to her murder.",
        &["person:tom-brady -kills-> person:sarah-miller [asserted]"],
    ),
    (
        "Tom Brady, Sarah Miller's murderer, was jailed for life.",
        &["person:tom-brady -kills-> person:sarah-miller [asserted]"],
    ),
    (
        "Argentina closed its ports to British fishing vessels on Monday.",
        &["country:argentina -sanctions-> country:united-kingdom [asserted]"],
    ),
    (
        "Amgen Inc has licensed the drug on a nonexclusive basis to Novartis AG.",
        &["org:amgen-inc -cooperates-> org:novartis [asserted]"],
    ),
    (
        "Karl Vendrum was detained in Egypt on Monday.",
        &["country:egypt -arrests-> person:karl-vendrum [asserted]"],
    ),
    (
        "Representatives from Ghana are meeting today and tomorrow with officials of Germany's Treasury.",
        &["country:ghana -meets-> org:german-treasury [asserted]"],
    ),
];

const NOT_RELATIONS_REL34: &[(&str, &[&str])] = &[
    (
        "The Chilean delegation, headed by Finance Minister Pedro Alvarez, will hold talks with Japanese officials.",
        &["person:pedro-alvarez -negotiates->"],
    ),
    (
        "Sarah Miller's alleged killer, Tom Brady, denies the charge.",
        &["-kills->"],
    ),
];

#[test]
fn rel34_cases() {
    check_relation_lists(RELATIONS_REL34, NOT_RELATIONS_REL34);
}

/// (session 34) Quote speakers: "she" right after "said" votes for the sentence's subject
/// past a relative clause naming someone else.
const QUOTES_SPK34: &[(&str, Option<&str>, &str, bool)] = &[(
    "Prof Jo Marlow, who wrote the report with the help of Ana Ruiz, said she was surprised. \"We expected a little of this.\" But she said the findings were clear.",
    Some("person:jo-marlow"),
    "the findings were clear",
    false,
)];

#[test]
fn spk34_cases() {
    check_quote_cases(QUOTES_SPK34);
}

/// aff34: a country's delegation "headed by"/"led by" titled people gives them that country;
/// a company before a title across its legal form or a wire's angle brackets ("Vexa Stone &
/// Co Managing Director X", "<Vexa Stone & Co> Managing Director X"); a minister or
/// secretary of a portfolio is also of the one ministry of that portfolio the article names
/// ("Home Secretary X" and "the Home Office"), not of another country's; "X, the Ohio
/// governor," sits for the state.
const RELATIONS_AFF34: &[(&str, &[&str])] = &[
    (
        "Britain and France were ready. The Ghanaian team, headed by Finance Minister Kofi \
         Mensah and Central Bank Governor Ama Boateng, will hold talks.",
        &[
            "person:kofi-mensah -member_of-> country:ghana [asserted]",
            "person:ama-boateng -member_of-> country:ghana [asserted]",
        ],
    ),
    (
        "Britain and France were ready. Ghana's delegation, led by\nTrade Minister Kofi \
         Mensah, arrived on Monday.",
        &["person:kofi-mensah -member_of-> country:ghana [asserted]"],
    ),
    (
        "Texaco Inc said it would appeal. In an affidavit, Morgan Stanley & Co Managing \
         Director Ivo Marsh said the bond was too high.",
        &["person:ivo-marsh -member_of-> org:morgan-stanley [asserted]"],
    ),
    (
        "Texaco Inc said it would appeal. In an affidavit, <Morgan Stanley & Co> Managing\n\
         Director Ivo Marsh said the bond was too high.",
        &["person:ivo-marsh -member_of-> org:morgan-stanley [asserted]"],
    ),
    (
        "Home Secretary Ivo Marsh defended the plan. A spokesman for the Home Office said \
         it would be published.",
        &["person:ivo-marsh -member_of-> org:uk-home-office [asserted]"],
    ),
    (
        "Ruritanian Finance Minister Ivo Marsh will fly to Tokyo, Finance Ministry sources \
         in Brazil said. Brazil wants new loans and Brazil will ask for time.",
        &["person:ivo-marsh -member_of-> org:finance-ministry [asserted]"],
    ),
    (
        "Ivo Marsh, the former Ohio governor, said the plan would fail.",
        &["person:ivo-marsh -member_of-> loc:ohio [asserted]"],
    ),
    (
        "Ana Ruiz, a Vermont senator and a member of the budget panel, voted no.",
        &["person:ana-ruiz -member_of-> loc:vermont [asserted]"],
    ),
];

/// aff34, what must not follow: a delegation noun with a clause between it and the name; a
/// bare ministry when the minister is of another country than the article's; a shadow post;
/// a state before an occupation or before a verb ("Against X, the Ohio governor earned").
const NOT_RELATIONS_AFF34: &[(&str, &[&str])] = &[
    (
        "The Ghanaian team arrived. Talks were headed by Finance Minister Kofi Mensah of Togo.",
        &["person:kofi-mensah -member_of-> country:ghana"],
    ),
    (
        "Japan's Finance Ministry said yen bonds rose. Japan and Japan again. Ugandan \
         Finance Minister Ivo Marsh met bankers in Tokyo.",
        &["person:ivo-marsh -member_of-> org:finance-ministry"],
    ),
    (
        "Shadow home secretary Ivo Marsh attacked the plan. The Home Office said it would \
         be published.",
        &["person:ivo-marsh -member_of-> org:uk-home-office"],
    ),
    (
        "Ivo Marsh, a Texas oilman, said prices would rise.",
        &["person:ivo-marsh -member_of-> loc:texas"],
    ),
    (
        "Against Ivo Marsh, the Ohio governor earned 51 percent of the vote.",
        &["person:ivo-marsh -member_of-> loc:ohio"],
    ),
];

#[test]
fn affiliations_aff34() {
    check_relation_lists(RELATIONS_AFF34, NOT_RELATIONS_AFF34);
}

/// aff34b: "X of the anti-war Y", "X, head of the influential Y": one or two words that only
/// qualify the body (hyphenated, or a few evaluative adjectives) between the preposition and
/// the body's name.
const RELATIONS_AFF34B: &[(&str, &[&str])] = &[
    (
        "Commentator Ivo Marsh of the anti-Trump National Review said it was over.",
        &["person:ivo-marsh -member_of-> org:national-review [asserted]"],
    ),
    (
        "Ana Ruiz, a fellow at the conservative Brookings Institution, said it was over.",
        &["person:ana-ruiz -member_of-> org:brookings-institution [asserted]"],
    ),
    (
        "Ana Ruiz, head of the semi-official Institute for Fiscal Studies, said it was over.",
        &["person:ana-ruiz -member_of-> org:institute-for-fiscal-studies [asserted]"],
    ),
];

/// aff34b, what must not follow: a lower-case noun phrase between is not a qualifier.
const NOT_RELATIONS_AFF34B: &[(&str, &[&str])] = &[(
    "Ivo Marsh of the sales team at National Review said it was over.",
    &["person:ivo-marsh -member_of-> org:national-review [asserted]"],
)];

#[test]
fn affiliations_aff34b() {
    check_relation_lists(RELATIONS_AFF34B, NOT_RELATIONS_AFF34B);
}

/// aff35: a government body of another country named only by its portfolio word ("Treasury
/// Secretary X" in an article on Argentina) leaves the person to the article's dominant
/// country; a portfolio commissioner sits on the one commission the article names.
const RELATIONS_AFF35: &[(&str, &[&str])] = &[
    (
        "Argentina is seeking a loan. Argentina wants lower rates. Banks made a counter-proposal to Treasury Secretary Ivo Marsh at the start of the talks.",
        &["person:ivo-marsh -member_of-> country:argentina [asserted]"],
    ),
    (
        "Italy will cut its deficit, Italy's cabinet said. Treasury Minister Ana Ruiz said the plan was firm.",
        &["person:ana-ruiz -member_of-> country:italy [asserted]"],
    ),
    (
        "Farmers are angry over plans by the European Commission. Agriculture Commissioner Ivo Marsh proposed price cuts.",
        &["person:ivo-marsh -member_of-> org:european-commission [asserted]"],
    ),
];

/// aff35, what must not follow: the lexicon's body when the article is on its country or
/// names no other; no commission for a police commissioner, nor when two are named.
const NOT_RELATIONS_AFF35: &[(&str, &[&str])] = &[
    (
        "Argentina is seeking a loan. Argentina wants lower rates. Banks made a counter-proposal to Treasury Secretary Ivo Marsh at the start of the talks.",
        &["person:ivo-marsh -member_of-> org:us-treasury [asserted]"],
    ),
    (
        "The European Commission met on Monday. Police Commissioner Ivo Marsh said the roads were closed.",
        &["person:ivo-marsh -member_of-> org:european-commission [asserted]"],
    ),
    (
        "The European Commission and the Electoral Commission met. Trade Commissioner Ivo Marsh said so.",
        &["person:ivo-marsh -member_of-> org:european-commission [asserted]"],
    ),
];

#[test]
fn affiliations_aff35() {
    check_relation_lists(RELATIONS_AFF35, NOT_RELATIONS_AFF35);
}

/// rel35: one expelled "from" a party or a country was expelled by it (not by a school, which
/// is no named body); a loan's amount in words ("three billion"), a "credit line", and a
/// recipient that an ownership word opens ("state-owned X").
const RELATIONS_REL35: &[(&str, &[&str])] = &[
    (
        "Ivo Marsh was expelled from the Labour party because of his opposition to the war.",
        &["org:uk-labour-party -expels-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz was deported from Britain last week.",
        &["country:united-kingdom -expels-> person:ana-ruiz [asserted]"],
    ),
    // The subject's relative clause: "X, who was expelled from ...", "X, who was arrested in".
    (
        "Ivo Marsh, who was expelled from Labour over his stance, said it was wrong.",
        &["org:uk-labour-party -expels-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ana Ruiz, who was arrested in Egypt last week, said she was innocent.",
        &["country:egypt -arrests-> person:ana-ruiz [asserted]"],
    ),
    (
        "Peru borrowed three billion dlrs from the World Bank.",
        &["org:world-bank -aids-> country:peru [asserted]"],
    ),
    (
        "The World Bank extended a credit line to Peru.",
        &["org:world-bank -aids-> country:peru [asserted]"],
    ),
    (
        "The World Bank extended a 90 mln dlr loan to state-owned Petroperu Corp.",
        &["org:world-bank -aids-> org:petroperu-corp [asserted]"],
    ),
];

/// rel35, what must not follow: a country named after "expelled from" a place inside it.
const NOT_RELATIONS_REL35: &[(&str, &[&str])] = &[(
    "Ivo Marsh was expelled from a school in Britain.",
    &["country:united-kingdom -expels-> person:ivo-marsh [asserted]"],
)];

#[test]
fn relations_rel35() {
    check_relation_lists(RELATIONS_REL35, NOT_RELATIONS_REL35);
}

/// ner35: "Seattle, Washington," is the state of Washington, not the U.S. government; a list
/// of cities or a wire line break after the capital keeps it the capital.
const ENTITIES_NER35: &[(&str, &[&str])] = &[
    (
        "The bank, based in Seattle, Washington, was bought on Monday.",
        &["loc:washington-state", "!country:united-states"],
    ),
    (
        "A spokesman at its headquarters in Spokane, Washington, told reporters it would close.",
        &["loc:washington-state", "!country:united-states"],
    ),
    (
        "It sold stations in Philadelphia, Washington, Miami and Dallas.",
        &["!loc:washington-state"],
    ),
    (
        "Talks were held in Berlin, Paris, London, Washington.",
        &["!loc:washington-state"],
    ),
];

#[test]
fn entities_ner35() {
    check_entity_ids(ENTITIES_NER35);
}

/// (session 34) A quote's "the company", "the management" or "the committee" as the subject
/// of a judgement judges the one body of that kind named before (not when the speaker speaks
/// for it, nor "has" + an adjective of the object); "unjustified" and "unwarranted" judge, and
/// so does "not fit to serve" (not "not fit to face Wales").
const RELATIONS_STANCE34: &[(&str, &[&str])] = &[
    (
        "Workers at Brindle Foods Inc walked out on Monday. Union official Karl Vendrum said the company had ignored the agreed procedures.",
        &["person:karl-vendrum -criticizes-> org:brindle-foods-inc [asserted]"],
    ),
    (
        "Brindle Foods Inc cut 300 jobs. \"The management has betrayed its staff,\" said Karl Vendrum of the Transport Union.",
        &["person:karl-vendrum -criticizes-> org:brindle-foods-inc [asserted]"],
    ),
    (
        "The Harbour Safety Committee reported on Monday. Ana Ruiz said the committee was biased.",
        &["person:ana-ruiz -criticizes-> org:harbour-safety-committee [asserted]"],
    ),
    (
        "Ivo Darnell said Peru's decision was unwarranted.",
        &["person:ivo-darnell -criticizes-> country:peru [asserted]"],
    ),
    (
        "\"Her poor judgment shows me that Ana Ruiz is not fit to serve as president,\" Karl Vendrum said.",
        &["person:karl-vendrum -criticizes-> person:ana-ruiz [asserted]"],
    ),
    (
        "Karl Vendrum said Ivo Darnell isn't fit to be governor.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
];

const NOT_RELATIONS_STANCE34: &[(&str, &[&str])] = &[
    (
        "Brindle Foods Inc cut 300 jobs. Karl Vendrum, Brindle Foods' chief executive, said the company had failed to meet its targets.",
        &["-criticizes->"],
    ),
    (
        "Brindle Foods Inc cut 300 jobs. Analyst Karl Vendrum said the company has tremendous leverage.",
        &["-praises->"],
    ),
    (
        "The Harbour Safety Committee reported on Monday. Ana Ruiz, who chairs the Harbour Safety Committee, said the committee was wrong.",
        &["-criticizes->"],
    ),
    (
        "Karl Vendrum said Ivo Darnell is not fit to face Wales on Saturday.",
        &["-criticizes->"],
    ),
];

#[test]
fn stance34_cases() {
    check_relation_lists(RELATIONS_STANCE34, NOT_RELATIONS_STANCE34);
}

/// spk34b: a description of a public body ("a foreign ministry statement", "the ministry
/// statement", "The Appeals Court ... saying") stands for the one organisation of the article
/// whose name holds its head noun and modifiers, even one named after it; two give none.
const QUOTES_SPK34B: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Norway protested on Monday. A foreign ministry statement said the fishing ban was unfair to its fleet. Later the Norwegian Foreign Ministry summoned the envoy.",
        Some("org:norwegian-foreign-ministry"),
        "the fishing ban was unfair",
        false,
    ),
    (
        "Norway protested on Monday. The ministry statement said the fishing ban was unfair to its fleet. Later the Norwegian Foreign Ministry summoned the envoy.",
        Some("org:norwegian-foreign-ministry"),
        "the fishing ban was unfair",
        false,
    ),
    (
        "Norway protested on Monday. A ministry spokesman said the fishing ban was unfair to its fleet. The Norwegian Foreign Ministry and the Danish Fisheries Ministry met later.",
        None,
        "the fishing ban was unfair",
        false,
    ),
    (
        "Norway protested on Monday. A defence ministry statement said the fishing ban was unfair to its fleet. Later the Norwegian Foreign Ministry summoned the envoy.",
        None,
        "the fishing ban was unfair",
        false,
    ),
    (
        "The Ruritanian news agency RNA reported the talks. The agency added the ruler had left the capital. The Qatari News Agency said he was abroad.",
        None,
        "the ruler had left",
        false,
    ),
];

#[test]
fn spk34b_cases() {
    check_quote_cases(QUOTES_SPK34B);
}

/// (session 34) Organisations and places the recogniser missed: a lone capitalised word before
/// "port(s)" is a place; a capitalised name glued to a web address's end is an organisation; a
/// demonym before a company's name across a wire story's line break is part of it; a
/// committee's owner with an adjective ("the influential Commons home affairs committee");
/// "a telephone call from <capital>" is the city; papers named with "The".
#[test]
fn ner34_cases() {
    check_entity_ids(&[
        (
            "A loan will modernise the Molvar and Tessik ports, the official said.",
            &["loc:molvar", "loc:tessik"],
        ),
        (
            "Ships were diverted to the Tessik port on Monday.",
            &["loc:tessik"],
        ),
        (
            "Rita Vane is founder of FairPanel.com, a campaign group.",
            &["org:fairpanel"],
        ),
        (
            "The issue was lead managed by Danish\nHarbour Corp and others.",
            &["org:danish-harbour-corp", "!country:denmark"],
        ),
        (
            "Ivo Marsh is a researcher at Orvane Biologicals in Ghent.",
            &["org:orvane-biologicals"],
        ),
        (
            "The influential Commons home affairs committee said the plan was flawed.",
            &["org:home-affairs-committee"],
        ),
        (
            "A spokesman for the Bank said in a telephone call from Washington.",
            &["loc:washington", "!country:united-states"],
        ),
        (
            "News International publishes The Sun and the News of the World.",
            &["org:the-sun"],
        ),
        (
            "A weekend report in the Telegraph quoted an unnamed executive.",
            &["org:the-telegraph"],
        ),
    ]);
}

/// (rel34b) Nominal events with their agent elsewhere: allegations "made by" a regulator in a
/// "without admitting" adjunct accuse the main clause's subjects; declaring one's ports off
/// limits to a side is an embargo on it; endorsements held "in" a body or "locked up" from one
/// are its support.
const RELATIONS_REL34B: &[(&str, &[&str])] = &[
    (
        "Without admitting or denying the allegations made by the Federal Trade Commission, Acme Corp agreed to pay a fine.",
        &["org:ftc -accuses-> org:acme-corp [asserted]"],
    ),
    (
        "The company said, without admitting any allegations made by the Securities and Exchange Commission, Norvex Group and Norvex Securities Inc consented to an injunction.",
        &[
            "org:sec -accuses-> org:norvex-group [asserted]",
            "org:sec -accuses-> org:norvex-securities-inc [asserted]",
        ],
    ),
    (
        "Chile protested over Peru's decision to declare its ports off limits to Chilean fishing boats.",
        &["country:peru -sanctions-> country:chile [intended]"],
    ),
    (
        "Ana Ruiz has 12 endorsements in the United States Senate.",
        &["org:us-senate -supports-> person:ana-ruiz [asserted]"],
    ),
    (
        "Ivo Darnell has locked up endorsements from the National Education Association.",
        &["org:national-education-association -supports-> person:ivo-darnell [asserted]"],
    ),
    (
        "Ivo Darnell still has not received any endorsements from Senator Karl Vendrum.",
        &["person:karl-vendrum -supports-> person:ivo-darnell [negated]"],
    ),
];

const NOT_RELATIONS_REL34B: &[(&str, &[&str])] = &[
    ("Ana Ruiz has broad support in Iowa.", &["-supports->"]),
    ("Ana Ruiz has 12 endorsements in Ohio.", &["-supports->"]),
    (
        "The allegations made by the Securities and Exchange Commission, Norvex Group said, are false.",
        &["-accuses-> org:norvex-group"],
    ),
];

#[test]
fn rel34b_cases() {
    check_relation_lists(RELATIONS_REL34B, NOT_RELATIONS_REL34B);
}

/// (spk35b) Quotes whose speaker is named again without a name: "the spokesman" after a
/// spokesman who spoke for a body; an organisation's name written in lower case; unnamed MPs
/// (or their report) in an article about one committee; "he said" after an unnamed
/// official's direct quote and its continuation; "The Ministry official" for the one ministry.
const QUOTES_SPK35B: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Britain will send troops, Downing Street said. However a spokesman pointed out that the roads were poor. The spokesman said: \"This is in addition to the ships and planes we have already sent to the region.\"",
        Some("org:downing-street"),
        "This is in addition",
        true,
    ),
    (
        "Acme Corp will close its plant in Leeds, a spokesman said. Workers were angry. The spokesman said the company had looked at every other option first.",
        Some("org:acme-corp"),
        "the company had looked",
        false,
    ),
    (
        "The Data Protection Office will look at the rules. The data protection office says shops are allowed to sell the lists but there is a grey area.",
        Some("org:data-protection-office"),
        "shops are allowed",
        false,
    ),
    (
        "Farmers could face fines under the plans, the transport select committee said. The MPs said they were worried the government had not consulted the industry.",
        Some("org:transport-select-committee"),
        "they were worried",
        false,
    ),
    (
        "Prison terms should not be cut for early pleas, says a new MPs' report. The influential Commons justice committee was responding to new guidelines.",
        Some("org:justice-committee"),
        "Prison terms should not",
        false,
    ),
    (
        "Ghana expects to borrow more this year, a Ghanaian official said.\n    \"We are quite pleased with the new window,\" the official said. \"Our projects are being checked quickly. We have no complaints.\"\n    He said the bank would not be able to meet all of Ghana's needs.\n    Kofi Mensah, the finance minister, will visit Paris on Monday.",
        Some("country:ghana"),
        "the bank would not be able",
        false,
    ),
    (
        "The Norwegian Fisheries Ministry will publish the report in May.\n    The Ministry official told Reuters that the report would blame the shipyard for the faulty repairs.",
        Some("org:norwegian-fisheries-ministry"),
        "the report would blame",
        false,
    ),
];

#[test]
fn spk35b_cases() {
    check_quote_cases(QUOTES_SPK35B);
}

/// (merge35) One organisation under several names: an acronym with the full name's head word
/// ("FWT Union"), the bare letters in capitals ("FWTU") or written as a word ("Nrpa"); a seat
/// city standing for the body it hosts ("a deal from Brussels") when the article never names
/// the host country; a company "now known as"/"formerly known as" another name. Each case: text
/// and `"surface=id"` (every mention written so belongs to that entity) or `"surface!=id"` (none
/// does).
const MERGE35: &[(&str, &[&str])] = &[
    (
        "The Federal Workers and Traders Union called a strike on Friday. FWT Union spokesman Ian Dale said pay was too low. FWTU organiser Ann Fox agreed with him.",
        &[
            "FWT Union=org:federal-workers-and-traders-union",
            "FWTU=org:federal-workers-and-traders-union",
        ],
    ),
    (
        "The Northern Rivers Protection Agency issued a flood warning on Monday. Nrpa said the rivers would rise again.",
        &["Nrpa=org:northern-rivers-protection-agency"],
    ),
    (
        "European Union ministers met on Monday. Spanish farmers marched to demand a better deal from Brussels.",
        &["Brussels=org:european-union"],
    ),
    (
        "Belgian police closed roads in Brussels on Monday as European Union ministers met.",
        &["Brussels!=org:european-union"],
    ),
    (
        "Shares in Kestrel Motor Co rose, while Kapa Motor Corp <KMC> fell on Monday.",
        &["KMC!=org:kestrel-motor-co"],
    ),
    // A capital travellers come from is the city.
    (
        "Officials checked passengers travelling from Prague to Britain, Czech ministers said.",
        &["Prague=loc:prague"],
    ),
    // A renamed company is one entity under both names.
    (
        "Telvora Inc emerged from bankruptcy protection in 2004, and is now known as Norcall Corp. Last week Norcall Corp agreed to a buyout by Zentis Group.",
        &[
            "Norcall Corp=org:telvora-inc",
            "Telvora Inc=org:telvora-inc",
        ],
    ),
    (
        "Brenton Corp, formerly known as Halvey Rubber Co, said it sold its tyre plant.",
        &["Halvey Rubber Co=org:brenton-corp"],
    ),
];

#[test]
fn merge35_cases() {
    check_merges(MERGE35);
}

/// Checks `"surface=id"` / `"surface!=id"` merge cases (see [`MERGE35`]).
fn check_merges(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let a = analyze(text);
        // The ids of the entities with a mention written `surface`.
        let ids_of = |surface: &str| -> Vec<&str> {
            a.entities
                .iter()
                .filter(|e| e.mentions.iter().any(|m| m.text == surface))
                .map(|e| e.id.as_str())
                .collect()
        };
        for w in *want {
            let ok = match w.split_once("!=") {
                Some((surface, id)) => !ids_of(surface).contains(&id),
                None => {
                    let (surface, id) = w.split_once('=').unwrap_or((w, ""));
                    ids_of(surface) == [id]
                }
            };
            if !ok {
                let got: Vec<(&str, Vec<&str>)> = a
                    .entities
                    .iter()
                    .map(|e| {
                        let texts = e.mentions.iter().map(|m| m.text.as_str()).collect();
                        (e.id.as_str(), texts)
                    })
                    .collect();
                failures.push(format!("{text:?}\n  wants {w}\n  got   {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (rel35a) A stance verb aimed at what a person's office possesses ("attacked the home
/// secretary's plans") is aimed at the office holder, as "attacked Labour's plans" is aimed at
/// Labour; "cautioned X against" warns X.
const RELATIONS_REL35A: &[(&str, &[&str])] = &[
    (
        "Home Secretary Karl Vendrum spoke on Monday. Ivo Darnell attacked the home secretary's plans.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Chancellor Karl Vendrum spoke on Monday. Ivo Darnell criticised the chancellor's budget.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Chancellor Karl Vendrum spoke on Monday. Ivo Darnell praised the chancellor's handling of the economy.",
        &["person:ivo-darnell -praises-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell cautioned Karl Vendrum against cutting taxes.",
        &["person:ivo-darnell -warns-> person:karl-vendrum [asserted]"],
    ),
    // A request participle after a letter is addressed to the one written to.
    (
        "Ivo Darnell has written to Karl Vendrum demanding an explanation of the rules.",
        &["person:ivo-darnell -demands-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell has written to Karl Vendrum asking for clarification on the move.",
        &["person:ivo-darnell -appeals-> person:karl-vendrum [asserted]"],
    ),
    // A possessive pronoun's stance judged in a passive; the party after "expelled from".
    (
        "The Tories have called for a change in the law. Their demands have been backed by Karl Vendrum.",
        &["person:karl-vendrum -supports-> org:uk-conservative-party [asserted]"],
    ),
    (
        "Ivo Darnell was expelled from the Labour party last year.",
        &["org:uk-labour-party -expels-> person:ivo-darnell [asserted]"],
    ),
    // A passive agent after "by" is the titled person, not the body before the title.
    (
        "Ivo Darnell was criticised by former Metropolitan Police Commissioner Karl Vendrum.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    // A person in apposition to a short description of the object.
    (
        "Ivo Darnell called on the senior judge, Lord Vendrum, to abandon the guidelines.",
        &["person:ivo-darnell -appeals-> person:vendrum [asserted]"],
    ),
    (
        "Ivo Darnell criticised the group's chief executive, Karl Vendrum, over the sackings.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell praised the former chancellor, Karl Vendrum.",
        &["person:ivo-darnell -praises-> person:karl-vendrum [asserted]"],
    ),
];

const NOT_RELATIONS_REL35A: &[(&str, &[&str])] = &[
    (
        "Chancellor Karl Vendrum spoke on Monday. Ivo Darnell met the chancellor's wife.",
        &["-meets-> person:karl-vendrum"],
    ),
    (
        "Acme Corp cautioned that profits would fall.",
        &["-warns->"],
    ),
    (
        "Ivo Darnell was criticised by former Metropolitan Police Commissioner Karl Vendrum.",
        &["org:metropolitan-police -criticizes->"],
    ),
    (
        "Ivo Darnell has written to Karl Vendrum asking whether the rules apply.",
        &["-appeals-> person:karl-vendrum"],
    ),
    (
        "Ivo Darnell criticised the plan, Karl Vendrum said.",
        &["-criticizes-> person:karl-vendrum"],
    ),
];

#[test]
fn rel35a_cases() {
    check_relation_lists(RELATIONS_REL35A, NOT_RELATIONS_REL35A);
}

/// rel35b (stance in reported speech): a speaker named by title alone after the sentence
/// that names them, the owner of a judged plan or claim, a deed noun after one adjective.
const RELATIONS_REL35B: &[(&str, &[&str])] = &[
    (
        "But Karl Vendrum, for the Tories, attacked the budget. The shadow chancellor said Mr Darnell's plans were a shambles.",
        &["person:karl-vendrum -criticizes-> person:darnell [asserted]"],
    ),
    (
        "Ivo Darnell spoke on Monday. Liberal Democrat leader Karl Vendrum said Mr Darnell's claims were misleading.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Ivo Darnell spoke on Monday. Karl Vendrum said Mr Darnell's golden rule had turned to dross.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Ivo Darnell spoke on Monday. Karl Vendrum said Mr Darnell's tax plans were a shambles.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Prime Minister Ivo Darnell spoke on Monday. Karl Vendrum said the prime minister was wrong to back the war.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Karl Vendrum said the Conservatives were scaremongering.",
        &["person:karl-vendrum -criticizes-> org:uk-conservative-party [asserted]"],
    ),
];

const NOT_RELATIONS_REL35B: &[(&str, &[&str])] = &[
    (
        "In Leeds, Ivo Darnell met voters. The shadow chancellor said Mr Darnell's plans were a shambles.",
        &["person:ivo-darnell -criticizes->"],
    ),
    (
        "Prime Minister Ivo Darnell spoke on Monday. Karl Vendrum attacked the budget. The prime minister said Ana Ruiz's plans were a shambles.",
        &["person:karl-vendrum -criticizes->"],
    ),
    (
        "Ivo Darnell met Karl Vendrum on Monday. The chancellor said growth was strong.",
        &["-criticizes->"],
    ),
    (
        "Shadow chancellor Ivo Darnell spoke on Monday. Karl Vendrum said the chancellor was wrong to cut taxes.",
        &["-criticizes-> person:ivo-darnell"],
    ),
];

#[test]
fn rel35b_cases() {
    check_relation_lists(RELATIONS_REL35B, NOT_RELATIONS_REL35B);
}

/// (rel36) "as well as" joins objects; a comma list of objects may mix people, bodies and
/// countries when an "and" closes it; "X and his Spanish counterpart Y" is a coordinated pair;
/// "spoke on the telephone to" consults and "brushed off" rejects.
const RELATIONS_REL36: &[(&str, &[&str])] = &[
    (
        "Ana Ruiz will visit Indonesia as well as Sri Lanka.",
        &["person:ana-ruiz -visits-> country:sri-lanka [intended]"],
    ),
    (
        "Karl Vendrum accused Gazprom, the Russian Federation and the European Union of blocking supplies.",
        &["person:karl-vendrum -accuses-> country:russia [asserted]"],
    ),
    (
        "Ivo Darnell and his Spanish counterpart Karl Vendrum agreed to set up a new forum.",
        &["person:ivo-darnell -agrees-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell also spoke on the telephone to US President George Bush.",
        &["person:ivo-darnell -meets-> person:george-bush [asserted]"],
    ),
    (
        "Ivo Darnell brushed off Labour suggestions that his party would lose.",
        &["person:ivo-darnell -rejects-> org:uk-labour-party [asserted]"],
    ),
];

const NOT_RELATIONS_REL36: &[(&str, &[&str])] = &[(
    "Karl Vendrum praised Gazprom, Russia welcomed the deal.",
    &["-praises-> country:russia"],
)];

#[test]
fn rel36_cases() {
    check_relation_lists(RELATIONS_REL36, NOT_RELATIONS_REL36);
}

/// (quotes36) A participle of a speech verb after a comma or "while" reports a bare clause
/// like a finite verb (`X did A, arguing B would fail`), with the clause's subject speaking.
const QUOTES_QUOTES36: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Governor Tom Reed has threatened to veto the bill, arguing such legislation could expose the state to lawsuits.",
        Some("person:tom-reed"),
        "such legislation could expose",
        false,
    ),
    (
        "Mary Jones sued the company on Friday, claiming she was owed two years of back pay.",
        Some("person:mary-jones"),
        "she was owed two years",
        false,
    ),
    (
        "Karl Vendrum said the rebels had a plan, adding the army must be ready to respond.",
        Some("person:karl-vendrum"),
        "the army must be ready",
        false,
    ),
    (
        "Ivo Darnell backed the deal at the summit, insisting he had the support of his party.",
        Some("person:ivo-darnell"),
        "he had the support",
        false,
    ),
    (
        "\"It will not work,\" Ana Ruiz said on Monday, while arguing the city should build more homes.",
        Some("person:ana-ruiz"),
        "the city should build",
        false,
    ),
];

#[test]
fn quotes36_cases() {
    check_quote_cases(QUOTES_QUOTES36);
}

/// (session 36) In reported speech a "he" or "she" opening the content is mostly the speaker:
/// "Vendrum said he admires Darnell" is the speaker's own stance, as "I admire Darnell" is;
/// a negation or a modal still makes it none. "took a shot at" and "took a dig at" criticize;
/// a virtue denied ("X is not qualified", "X isn't trustworthy") is a criticism.
const RELATIONS_STANCE36: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum said he admires Ivo Darnell.",
        &["person:karl-vendrum -praises-> person:ivo-darnell [asserted]"],
    ),
    (
        "Karl Vendrum said that he respects Ivo Darnell.",
        &["person:karl-vendrum -praises-> person:ivo-darnell [asserted]"],
    ),
    (
        "\"I respect Ivo Darnell,\" Karl Vendrum said.",
        &["person:karl-vendrum -praises-> person:ivo-darnell [asserted]"],
    ),
    (
        "Karl Vendrum took a shot at Ivo Darnell on Monday.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Karl Vendrum took a dig at Ivo Darnell in Ohio.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "Karl Vendrum said Ivo Darnell is not qualified to be president.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
    (
        "\"Ivo Darnell isn't trustworthy,\" Karl Vendrum said.",
        &["person:karl-vendrum -criticizes-> person:ivo-darnell [asserted]"],
    ),
];

const NOT_RELATIONS_STANCE36: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum said he does not admire Ivo Darnell.",
        &["-praises->"],
    ),
    (
        "Karl Vendrum said he will respect Ivo Darnell.",
        &["-praises->"],
    ),
    (
        "Karl Vendrum said the court was unlikely to find Ivo Darnell is not qualified to run.",
        &["-criticizes->"],
    ),
    (
        "Mrs. Ana Ruiz spoke in Ohio. Mrs. Ruiz said he admires Ivo Darnell.",
        &["person:ana-ruiz -praises->"],
    ),
];

#[test]
fn stance36_cases() {
    check_relation_lists(RELATIONS_STANCE36, NOT_RELATIONS_STANCE36);
}

/// affil36: an independent's bracketed tag gives the state the member sits for ("Sen. X
/// (I-Vt.)"); a director of an unnamed centre "at" a named body is of that body; a founder of
/// a body written as a web address ("founder of Acme.com").
const RELATIONS_AFFIL36: &[(&str, &[&str])] = &[
    (
        "Sen. Ivo Marsh (I-Vt.) said the vote was close.",
        &["person:ivo-marsh -member_of-> loc:vermont [asserted]"],
    ),
    (
        "Rep. Ana Ruiz (I-Maine) said the vote was close.",
        &["person:ana-ruiz -member_of-> loc:maine [asserted]"],
    ),
    (
        "Ana Ruiz is director of the Center for Rural Women and Politics at Rutgers University.",
        &["person:ana-ruiz -member_of-> org:rutgers-university [asserted]"],
    ),
    (
        "Ivo Marsh is director of the Center for Urban Studies at Yale University.",
        &[
            "person:ivo-marsh -member_of-> org:yale-university [asserted]",
            "person:ivo-marsh -member_of-> org:center-for-urban-studies [asserted]",
        ],
    ),
    (
        "Ana Ruiz is founder of Marshwatch.com. Ivo Marsh is a writer.",
        &["person:ana-ruiz -member_of-> org:marshwatch [asserted]"],
    ),
];

/// affil36, what must not follow: an independent is of no party; a centre's name that runs on
/// to another body with no "at" is no affiliation.
const NOT_RELATIONS_AFFIL36: &[(&str, &[&str])] = &[
    (
        "Sen. Ivo Marsh (I-Vt.) said the vote was close.",
        &["-> org:democratic-party", "-> org:republican-party"],
    ),
    (
        "Ana Ruiz is director of the Center for Women and Yale University alumni.",
        &["person:ana-ruiz -member_of-> org:yale-university"],
    ),
];

#[test]
fn affil36_cases() {
    check_relation_lists(RELATIONS_AFFIL36, NOT_RELATIONS_AFFIL36);
}

/// (session 36) Places and bodies the recogniser missed: buildings by their head word, the
/// ends of a route, places listed after a plural place noun or "the Isle of", a duchy (an
/// estate, not its county) and a peer's style (not a place).
const ENTITY_IDS_NER36: &[(&str, &[&str])] = &[
    (
        "The dinner was held at Harwick Castle on Friday.",
        &["loc:harwick-castle"],
    ),
    (
        "Ivo Darnell was moved to Brackley Prison last week.",
        &["loc:brackley-prison"],
    ),
    (
        "A new airport is planned on the Isle of Grain.",
        &["loc:isle-of-grain"],
    ),
    (
        "Trains will run from Stowbridge to Edinburgh.",
        &["loc:stowbridge"],
    ),
    (
        "A line from Glasgow to Kelsowick is planned.",
        &["loc:kelsowick"],
    ),
    (
        "Objectors include the London boroughs of Merton and Hounslow.",
        &["loc:merton", "loc:hounslow"],
    ),
    ("Farms on the edge of Exmoor flooded.", &["loc:exmoor"]),
    (
        "Officials from the Duchy of Lancaster gave evidence.",
        &["org:duchy-of-lancaster"],
    ),
    (
        "The Duchy of Cornwall owns the land.",
        &["org:duchy-of-cornwall", "!loc:cornwall"],
    ),
    (
        "The Duke of Edinburgh opened the hall.",
        &["!loc:edinburgh"],
    ),
];

#[test]
fn ner36_cases() {
    check_entity_ids(ENTITY_IDS_NER36);
}

/// Session 36: a body's name ending in its head word before a capitalised title is the
/// officer's employer ("Central Bank Governor X"); a national bank or ministry named so serves
/// the article's dominant country too. Not a portfolio ("Foreign Affairs Minister") nor the
/// tail of a longer name ("New York Mercantile Exchange President").
const RELATIONS_EMPLOYER36: &[(&str, &[&str])] = &[
    (
        "Argentina wants new loans. Argentina will pay. Central Bank Governor Ivo Marsh said the peso would float.",
        &[
            "person:ivo-marsh -member_of-> org:central-bank [asserted]",
            "person:ivo-marsh -member_of-> country:argentina [asserted]",
        ],
    ),
    (
        "Seoul, March 3. Economic Planning Board Minister Ana Ruiz said exports rose.",
        &["person:ana-ruiz -member_of-> org:economic-planning-board [asserted]"],
    ),
];

const NOT_RELATIONS_EMPLOYER36: &[(&str, &[&str])] = &[
    (
        "Foreign Affairs Minister Ana Ruiz said the talks failed.",
        &["-> org:foreign-affairs"],
    ),
    (
        "New York Mercantile Exchange President Ana Ruiz declined to comment.",
        &["-> org:mercantile-exchange"],
    ),
];

#[test]
fn employer_before_title36() {
    check_relation_lists(RELATIONS_EMPLOYER36, NOT_RELATIONS_EMPLOYER36);
}

/// (rel36b) A verb phrase coordinated after "and has/will ..." shares the first clause's
/// subject, not the object of its first verb; places listed after "X in <country>," and "as
/// well as" are all visited; "was kicked out of" a party is a passive expulsion.
const RELATIONS_REL36B: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell has had the chance to help Labour and has failed to criticise Karl Vendrum.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [negated]"],
    ),
    (
        "Ivo Darnell wants to help the Conservatives and will attack Karl Vendrum.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [intended]"],
    ),
    (
        "Ivo Darnell will visit Aceh in Indonesia, as well as Sri Lanka.",
        &["person:ivo-darnell -visits-> country:sri-lanka [intended]"],
    ),
    (
        "Ivo Darnell visited Aceh, Thailand and Sri Lanka last week.",
        &[
            "person:ivo-darnell -visits-> country:thailand [asserted]",
            "person:ivo-darnell -visits-> country:sri-lanka [asserted]",
        ],
    ),
    (
        "Karl Vendrum was kicked out of the Labour Party last year.",
        &["org:uk-labour-party -expels-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell is the prime minister. Karl Vendrum discussed the issue with the prime minister.",
        &["person:karl-vendrum -negotiates-> person:ivo-darnell [asserted]"],
    ),
    (
        "Ivo Darnell is the prime minister. The prime minister took charge of the talks. He also met Karl Vendrum on Monday.",
        &["person:ivo-darnell -meets-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell spoke on the telephone to Karl Vendrum on Sunday.",
        &["person:ivo-darnell -meets-> person:karl-vendrum [asserted]"],
    ),
];

const NOT_RELATIONS_REL36B: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell has had the chance to help Labour and has failed to criticise Karl Vendrum.",
        &["org:uk-labour-party -criticizes->"],
    ),
    (
        "Ivo Darnell visited Aceh in Indonesia, and Sri Lanka said it would help.",
        &["-visits-> country:sri-lanka"],
    ),
    (
        "Ivo Darnell has sunk his teeth into Karl Vendrum and praising the Conservatives.",
        &["person:karl-vendrum -praises->"],
    ),
];

#[test]
fn rel36b_cases() {
    check_relation_lists(RELATIONS_REL36B, NOT_RELATIONS_REL36B);
}

/// (spk36) A description of the person just named speaks as that person when no title holder
/// is stated: political and business epithets (`the real estate mogul`, `the retired
/// neurosurgeon`), a bare office (`the chancellor said` after a paragraph about the person),
/// `the senator from <Place>`, and a description holding a body's name (`the Harlow
/// Securities economist`) only for someone stated with that body (`the Tory leader` is not
/// the last person named). Each case: text, speaker, content start, direct.
const QUOTES_SPK36: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Dan Brant spoke in Ohio on Monday. The real estate mogul said he would build a new wall.",
        Some("person:dan-brant"),
        "he would build",
        false,
    ),
    (
        "Ben Carver visited Iowa on Monday. The retired neurosurgeon said the inquiry was \"very difficult\".",
        Some("person:ben-carver"),
        "the inquiry was",
        false,
    ),
    (
        "Senator Bernard Sand spoke in Boston on Monday. The senator from Vermont said the banks were \"corrupt\".",
        Some("person:bernard-sand"),
        "the banks were",
        false,
    ),
    (
        "Ted Marsh is to freeze fuel duty. The chancellor said he was providing an extra 1bn for councils.",
        Some("person:ted-marsh"),
        "he was providing",
        false,
    ),
    (
        "Dan Brant toured a factory in Ohio on Monday. The billionaire said the jobs were safe.",
        Some("person:dan-brant"),
        "the jobs were safe",
        false,
    ),
    (
        "Jo Pelham, an economist at Harlow Securities, expects rates to rise. The Harlow Securities economist said the central bank would act in May.",
        Some("person:jo-pelham"),
        "the central bank would act",
        false,
    ),
    (
        "Dan Brant opposed the plan on Monday. But the Tory leader argued there was a moral case for it.",
        None,
        "there was a moral case",
        false,
    ),
    (
        "Governor Ray Dunmore met farmers on Monday. The senator said the talks had failed.",
        None,
        "the talks had failed",
        false,
    ),
    // The person named after the verb of the sentence before (`..., said Mr Marsh.`).
    (
        "The measures would \"help every family\", said Mr Marsh. The chancellor said he was providing an extra 1bn for councils.",
        Some("person:marsh"),
        "he was providing",
        false,
    ),
];

#[test]
fn spk36_cases() {
    check_quote_cases(QUOTES_SPK36);
}

/// Session 36: a nickname given in quotes after a verb of naming is no new person; the named
/// person stays.
const ENTITY_IDS_NICKNAME36: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell attacked the spending plans, dubbing Mr Vendrum \"Sir Spendalot\".",
        &["person:ivo-darnell", "person:vendrum", "!person:spendalot"],
    ),
    (
        "She welcomed the support of the Ohio forward nicknamed \u{201c}King Marsh\u{201d} on Monday.",
        &["!person:king-marsh", "!person:marsh"],
    ),
    // Not a quote after another verb: a person named in quotes stays a person.
    (
        "The paper said \"Karl Vendrum\" had resigned.",
        &["person:karl-vendrum"],
    ),
];

#[test]
fn nickname36_cases() {
    check_entity_ids(ENTITY_IDS_NICKNAME36);
}

/// Session 36: a bare office the lexicon lists among a known leader's other offices
/// (`offices=`) is his ("the chancellor" of Gordon Brown); one he never held is not.
const QUOTES_OFFICES36: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Gordon Brown spoke in Leeds on Monday. The chancellor said he was tired.",
        Some("person:gordon-brown"),
        "he was tired",
        false,
    ),
    (
        "Tony Blair spoke in Leeds on Monday. The chancellor said he was tired.",
        None,
        "he was tired",
        false,
    ),
];

#[test]
fn offices36_cases() {
    check_quote_cases(QUOTES_OFFICES36);
}

/// Session 37: a form of address stated with a name (`Mr Vendrum`) is no office, so it does not
/// keep a bare office (`the chancellor`) from the person just named; a stated other office does.
const QUOTES_HONORIFIC37: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Karl Vendrum froze fuel duty on Monday. The chancellor denied he was \"gloating\". Ivo Darnell later mocked Mr Vendrum.",
        Some("person:karl-vendrum"),
        "he was",
        false,
    ),
    (
        "Karl Vendrum froze fuel duty on Monday. The chancellor denied he was \"gloating\". Ivo Darnell later mocked Foreign Secretary Vendrum.",
        None,
        "he was",
        false,
    ),
];

#[test]
fn honorific37_cases() {
    check_quote_cases(QUOTES_HONORIFIC37);
}

/// Session 37: a paragraph that opens with the speaker and names no one else (`Vendrum went on
/// with his remarks.`) does not end the speaker's run of direct words; one naming someone else
/// does.
const QUOTES_RUN37: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "\"She cannot change it,\" Karl Vendrum said on Monday.\n\nVendrum went on with his remarks.\n\n\"Eight years ago she was winning.\"",
        Some("person:karl-vendrum"),
        "Eight years ago",
        true,
    ),
    (
        "\"She cannot change it,\" Karl Vendrum said on Monday.\n\nVendrum was answered by Ivo Darnell.\n\n\"Eight years ago she was winning.\"",
        None,
        "Eight years ago",
        true,
    ),
];

#[test]
fn run37_cases() {
    check_quote_cases(QUOTES_RUN37);
}

/// Session 37: a demonym after an organisation head's "for" is part of the name, as after "of".
const ENTITY_IDS_FOR_DEMONYM37: &[(&str, &[&str])] = &[
    (
        "Jo Marsh is director of the Institute for American Values in Ohio.",
        &[
            "org:institute-for-american-values",
            "!country:united-states",
        ],
    ),
    (
        "Jo Marsh runs the Centre for Russian Studies.",
        &["org:centre-for-russian-studies", "!country:russia"],
    ),
    // Not after a word that is no organisation head.
    (
        "Jo Marsh spoke for American voters on Monday.",
        &["country:united-states"],
    ),
];

#[test]
fn for_demonym37_cases() {
    check_entity_ids(ENTITY_IDS_FOR_DEMONYM37);
}

/// Session 37: "told him to go home", "wanted her to resign": the person an object pronoun
/// stands for is asked to act, as a named object is; "told him about" asks nothing.
const RELATIONS_TOLD_PRONOUN37: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum spoke on Monday. Ivo Darnell told him to go home.",
        &["person:ivo-darnell -demands-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum spoke on Monday. Ivo Darnell wanted him to resign.",
        &["person:ivo-darnell -appeals-> person:karl-vendrum [asserted]"],
    ),
];

const NOT_RELATIONS_TOLD_PRONOUN37: &[(&str, &[&str])] = &[(
    "Karl Vendrum spoke on Monday. Ivo Darnell told him about the plan.",
    &["person:ivo-darnell -demands-> person:karl-vendrum"],
)];

#[test]
fn told_pronoun37_cases() {
    check_relation_lists(RELATIONS_TOLD_PRONOUN37, NOT_RELATIONS_TOLD_PRONOUN37);
}

/// (rel37a) A city and its state, comma-closed, before a person's role noun or title do not
/// take the object's place; a fronted statement gerund ("Railing against X, Y said", "Ten
/// years after backing X, Y said") is the subject's, also past a title.
const RELATIONS_REL37A: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell praised Tulsa, Okla., police chief Karl Vendrum for his calm.",
        &["person:ivo-darnell -praises-> person:karl-vendrum [asserted]"],
    ),
    (
        "Railing against Karl Vendrum, Ivo Darnell said the plan was unfair.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Railing against Karl Vendrum, Ohio Sen. Ivo Darnell said the plan was unfair.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ten years after backing Karl Vendrum, Ivo Darnell said he had changed his mind.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
];

const NOT_RELATIONS_REL37A: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell praised Tulsa, Okla., police chief Karl Vendrum for his calm.",
        &["-praises-> loc:oklahoma", "-praises-> loc:tulsa"],
    ),
    (
        "After supporting Karl Vendrum on tour, the band Rivermouth released an album.",
        &["-supports-> person:karl-vendrum"],
    ),
    (
        "Ten years after Karl Vendrum left, Ivo Darnell said he had changed his mind.",
        &["person:ivo-darnell -"],
    ),
];

#[test]
fn rel37a_cases() {
    check_relation_lists(RELATIONS_REL37A, NOT_RELATIONS_REL37A);
}

/// Session 37: a person named inside a participle clause opening the sentence (`Asked about
/// X's remarks, he said`) is asked about, not the "he" who answers.
const QUOTES_PARTICIPLE_LEAD37: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Karl Vendrum spoke in Leeds on Monday. Asked about Ivo Darnell's remarks, he said the plan was wrong.",
        Some("person:karl-vendrum"),
        "the plan was wrong",
        false,
    ),
    (
        "Karl Vendrum spoke in Leeds on Monday. Commenting on Ivo Darnell's case, he said: \"It is a shame for all of us.\"",
        Some("person:karl-vendrum"),
        "It is a shame",
        true,
    ),
    // Not any opening clause: the subject of "When X arrived" may be the "he".
    (
        "Karl Vendrum spoke in Leeds on Monday. When Ivo Darnell arrived, he said the plan was wrong.",
        Some("person:ivo-darnell"),
        "the plan was wrong",
        false,
    ),
];

#[test]
fn participle_lead37_cases() {
    check_quote_cases(QUOTES_PARTICIPLE_LEAD37);
}

/// Session 37 (spk37): a relative "who" after an apposition of a named person (`Jo Lee, a
/// lawyer at the firm who said that ...`) is that person, when a clause follows the cue; not
/// "which", not across a sentence, not when a name ends the apposition, and not a cue with an
/// object (`who supported ...`).
const QUOTES_APPOSED_WHO37: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "\"We will see,\" said Karl Vendrum, a lawyer at the firm, who added that the deal was not yet signed.",
        Some("person:karl-vendrum"),
        "the deal was",
        false,
    ),
    (
        "The plan was drafted by Karl Vendrum, a retired harbour engineer who said he had warned the council twice.",
        Some("person:karl-vendrum"),
        "he had warned",
        false,
    ),
    (
        "Rep. Karl Vendrum (D-Ore.), a longtime critic of the port who conceded that the vote was close, left early.",
        Some("person:karl-vendrum"),
        "the vote was",
        false,
    ),
    (
        "Ivo Darnell, the union's spokesman, which claims that it speaks for nine thousand dockers, met the board.",
        None,
        "it speaks for",
        false,
    ),
    (
        "\"It is late,\" said Karl Vendrum, a harbour engineer. A local banker, who declined to be named, said that the port would close.",
        None,
        "the port would",
        false,
    ),
    (
        "The plan was drafted by Karl Vendrum, the deputy of Ivo Darnell who said he had warned the council twice.",
        None,
        "he had warned",
        false,
    ),
];

#[test]
fn apposed_who37_cases() {
    check_quote_cases(QUOTES_APPOSED_WHO37);
}

/// Session 37 (spk37): `Six Acme newspapers, including the Daily Star, said` is the owner
/// named before the parts noun speaking for them all; a group with no owner named keeps the
/// member (`Several unions, including the Teamsters, said`).
const QUOTES_OWNER37: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Four Gannett newspapers in Ohio, including the Cincinnati Enquirer, said the mayor should resign.",
        Some("org:gannett"),
        "the mayor should",
        false,
    ),
    (
        "Several unions, including the Teamsters, said the strike would go on.",
        Some("org:teamsters"),
        "the strike would",
        false,
    ),
    (
        "The Cincinnati Enquirer, like other Gannett papers, said the mayor should resign.",
        Some("org:cincinnati-enquirer"),
        "the mayor should",
        false,
    ),
];

#[test]
fn owner37_cases() {
    check_quote_cases(QUOTES_OWNER37);
}

/// Session 37: a stated title written short (`Sen.`) is the office of a bare description (`the
/// senator`), and a place in the description that the text ties to that person alone
/// (`the Vermont senator` after `(I-Vt.)`) marks the holder even when another senator is named.
const QUOTES_ABBREVIATED_OFFICE37: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Sen. Karl Vendrum (I-Vt.) spoke on Monday about Sen. Ivo Darnell (D-N.Y.). \"We will win this,\" Vendrum said.\n\nSix months ago, the independent Vermont senator said, the media considered him a \"fringe candidate.\"",
        Some("person:karl-vendrum"),
        "the media considered him",
        false,
    ),
    (
        "Sen. Karl Vendrum spoke on Monday. In June, the senator said the plan would fail.",
        Some("person:karl-vendrum"),
        "the plan would fail",
        false,
    ),
];

#[test]
fn abbreviated_office37_cases() {
    check_quote_cases(QUOTES_ABBREVIATED_OFFICE37);
}

/// Session 37: a preposition between a body and a title ends the walk back over portfolio words:
/// "spoke on CNN about Sen. X", "during President X's first term" name no employer.
const NOT_RELATIONS_PREPOSITION37: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum spoke on CNN about Sen. Ivo Darnell.",
        &["person:ivo-darnell -member_of-> org:cnn"],
    ),
    (
        "Vendrum was head of the Treasury during President Ivo Darnell's first term.",
        &["person:ivo-darnell -member_of-> org:"],
    ),
];

const RELATIONS_PREPOSITION37: &[(&str, &[&str])] = &[(
    "Karl Vendrum spoke on Monday with the Acme Corp chairman Ivo Darnell.",
    &["person:ivo-darnell -member_of-> org:acme-corp [asserted]"],
)];

#[test]
fn preposition37_cases() {
    check_relation_lists(RELATIONS_PREPOSITION37, NOT_RELATIONS_PREPOSITION37);
}

/// Session 37: a form of address may open a name set off after a title ("Kuwait's Oil Minister,
/// Sheikh X,"); a demonym may open a bare title in apposition ("X, Nigerian Oil Minister,").
const RELATIONS_TITLE_COMMA37: &[(&str, &[&str])] = &[
    (
        "Kuwait's Oil Minister, Sheikh Karl al-Vendrum, said there were no plans.",
        &["person:karl-al-vendrum -member_of-> country:kuwait [asserted]"],
    ),
    (
        "Britain's ambassador, Sir Ivo Darnell, said the vote was close.",
        &["person:ivo-darnell -member_of-> country:united-kingdom [asserted]"],
    ),
    (
        "Rilwanu Vendrum, Nigerian Oil Minister, said the group would keep the accord.",
        &["person:rilwanu-vendrum -member_of-> country:nigeria [asserted]"],
    ),
];

const NOT_RELATIONS_TITLE_COMMA37: &[(&str, &[&str])] =
    &[("Kano, Nigerian city, is growing fast.", &["member_of"])];

#[test]
fn title_comma37_cases() {
    check_relation_lists(RELATIONS_TITLE_COMMA37, NOT_RELATIONS_TITLE_COMMA37);
}

/// Session 37: "X, who is also Nigerian oil minister,": a demonym opening the title after a
/// relative copula gives the country, for an office of state only.
const RELATIONS_WHO_DEMONYM37: &[(&str, &[&str])] = &[(
    "Rilwanu Vendrum, who is also Nigerian Oil Minister, said the accord would hold.",
    &["person:rilwanu-vendrum -member_of-> country:nigeria [asserted]"],
)];

const NOT_RELATIONS_WHO_DEMONYM37: &[(&str, &[&str])] = &[(
    "Jo Vendrum, who is a Nigerian lawyer, said the accord would hold.",
    &["-member_of-> country:nigeria"],
)];

#[test]
fn who_demonym37_cases() {
    check_relation_lists(RELATIONS_WHO_DEMONYM37, NOT_RELATIONS_WHO_DEMONYM37);
}

/// Session 37: an act offered as a chance ("an opportunity for X to take shots at Y", "gave X a
/// chance to attack Y") is hypothetical; one taken ("took the opportunity to praise Y") happened.
const RELATIONS_CHANCE37: &[(&str, &[&str])] = &[
    (
        "The debate is an opportunity for Angela Merkel and Barack Obama to take shots at Vladimir Putin.",
        &["person:barack-obama -criticizes-> person:vladimir-putin [hypothetical]"],
    ),
    (
        "The debate gave Barack Obama a chance to attack Vladimir Putin.",
        &["person:barack-obama -criticizes-> person:vladimir-putin [hypothetical]"],
    ),
    (
        "Barack Obama took the opportunity to praise Vladimir Putin.",
        &["person:barack-obama -praises-> person:vladimir-putin [asserted]"],
    ),
];

#[test]
fn chance37_cases() {
    check_relation_lists(RELATIONS_CHANCE37, &[]);
}

/// Session 37: a capitalised run ending in "House" or "Hotel" is no person's name.
const ENTITY_IDS_HOUSE37: &[(&str, &[&str])] = &[(
    "Clarence House said the prince would attend the dinner.",
    &["!person:clarence-house"],
)];

#[test]
fn house37_cases() {
    check_entity_ids(ENTITY_IDS_HOUSE37);
}

/// (rel37b) "shrugged off X's claims", "brushed aside claims from X" reject the side whose
/// words they are (never the thing shrugged off); a party's adjective before its programme
/// ("Conservative spending plans") names the party, but not at a sentence's start.
const RELATIONS_REL37B: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell shrugged off claims from Karl Vendrum that he had misled voters.",
        &["person:ivo-darnell -rejects-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell brushed aside Karl Vendrum's suggestions on Monday.",
        &["person:ivo-darnell -rejects-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell launched an attack on Conservative spending plans in Leeds.",
        &["person:ivo-darnell -criticizes-> org:uk-conservative-party [asserted]"],
    ),
    (
        "Ivo Darnell attacked Conservative policies on crime.",
        &["person:ivo-darnell -criticizes-> org:uk-conservative-party [asserted]"],
    ),
    (
        "Siemens held talks with Deutsche Boerse's rival Euronext on Monday.",
        &["org:siemens -negotiates-> org:euronext [asserted]"],
    ),
];

const NOT_RELATIONS_REL37B: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell shrugged off the Japanese challenge in an interview.",
        &["-rejects-> country:japan"],
    ),
    (
        "Ivo Darnell sought to brush aside her Ohio defeat.",
        &["-rejects->"],
    ),
    (
        "Ivo Darnell spoke. Conservative policy experts criticised Karl Vendrum.",
        &["org:uk-conservative-party -criticizes->"],
    ),
    (
        "Siemens held talks with Deutsche Boerse's rival Euronext on Monday.",
        &["org:siemens -negotiates-> org:deutsche-boerse"],
    ),
];

#[test]
fn rel37b_cases() {
    check_relation_lists(RELATIONS_REL37B, NOT_RELATIONS_REL37B);
}

/// (affil37) A widely known leader's country from the lexicon only while the article's date
/// (2020 here) falls in the years the lexicon gives the person's national office, unless the
/// text calls the person by that office ("President Reagan").
const RELATIONS_AFFIL37: &[(&str, &[&str])] = &[
    (
        "Donald Trump met union leaders on Monday. America faces a wave of strikes.",
        &["person:donald-trump -member_of-> country:united-states [asserted]"],
    ),
    (
        "Tony Blair met union leaders on Monday. Britain faces a wave of strikes.",
        &["person:tony-blair -member_of-> country:united-kingdom [asserted]"],
    ),
    (
        "Ivo Darnell praised Ronald Reagan and President Reagan's tax cuts. America cheered.",
        &["person:ronald-reagan -member_of-> country:united-states [asserted]"],
    ),
];

const NOT_RELATIONS_AFFIL37: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell praised Ronald Reagan on Monday. America faces a wave of strikes.",
        &["person:ronald-reagan -member_of-> country:united-states"],
    ),
    (
        "Joe Biden met union leaders on Monday. America faces a wave of strikes.",
        &["person:joe-biden -member_of-> country:united-states"],
    ),
    (
        "Jimmy Carter met union leaders on Monday. America faces a wave of strikes.",
        &["person:jimmy-carter -member_of-> country:united-states"],
    ),
    (
        "Ivo Darnell thanked George W. Bush on Monday. America faces a wave of strikes.",
        &["person:george-w-bush -member_of-> country:united-states"],
    ),
];

#[test]
fn affil37_cases() {
    check_relation_lists(RELATIONS_AFFIL37, NOT_RELATIONS_AFFIL37);
}

/// Session 37 (locations): a capital with "-based"/"-listed" or with "'s" and a part or office
/// of the city ("London's Belmarsh prison", "Tokyo's stock market", "Paris's mayor") is the
/// city; a street-like name after "towards", "along", "on" is a place; a one-word place used
/// as a given name (an initial beside it, a title before it, a lower-case apposition or a
/// reporting verb after it) is no place; more UK towns, counties and rivers in the lexicon.
const ENTITY_IDS_LOC37: &[(&str, &[&str])] = &[
    (
        "The Oslo-based charity Velmora Aid will open an office.",
        &["loc:oslo", "!country:norway"],
    ),
    (
        "Shares in Grindle are London-listed.",
        &["loc:london", "!country:united-kingdom"],
    ),
    (
        "The men are held at London's Belmarsh prison.",
        &["loc:london", "!country:united-kingdom"],
    ),
    (
        "Investors on Tokyo's booming stock market bought chip makers.",
        &["loc:tokyo", "!country:japan"],
    ),
    (
        "London's mayor opened the bridge on Monday.",
        &["loc:london"],
    ),
    (
        "Tokyo's market opening measures were criticised by the EU.",
        &["country:japan", "!loc:tokyo"],
    ),
    (
        "Beijing's exchange rate policy drew fire from Congress.",
        &["country:china", "!loc:beijing"],
    ),
    (
        "Tokyo's handling of the dispute angered Seoul.",
        &["country:japan", "!loc:tokyo"],
    ),
    (
        "The attacker ran off towards Felbrook Road after the attack.",
        &["loc:felbrook-road"],
    ),
    (
        "A cafe on Marrow Street closed on Friday.",
        &["loc:marrow-street"],
    ),
    (
        "Protesters gathered by the River Tyne in Gateshead.",
        &["loc:river-tyne", "loc:gateshead"],
    ),
    (
        "He toured Basingstoke, Torbay and Colchester this week.",
        &["loc:basingstoke", "loc:torbay", "loc:colchester"],
    ),
    (
        "A man from Camberley in Surrey and a woman from Dartford in Kent were held.",
        &["loc:camberley", "loc:dartford", "loc:kent"],
    ),
    (
        "Democratic Senator Kent Marlow said the plan would fail.",
        &["!loc:kent"],
    ),
    (
        "Senator Kent Marlow, D-ND, backed the bill.",
        &["!loc:kent"],
    ),
    (
        "Milan Vostrek, vice president of finance, said bonds would be sold.",
        &["!loc:milan"],
    ),
    ("The firm named S. Kent Hollis as chairman.", &["!loc:kent"]),
    ("Kent O. Varley was named president.", &["!loc:kent"]),
    ("Detroit Vellum said it would cut jobs.", &["!loc:detroit"]),
    (
        "In Frankfurt F. Wilhelm Brandt said rates would fall.",
        &["loc:frankfurt"],
    ),
    (
        "Floods hit Kent and Sussex on Monday.",
        &["loc:kent", "loc:sussex"],
    ),
    (
        "The company moved from Milan to Turin last year.",
        &["loc:milan", "loc:turin"],
    ),
];

#[test]
fn loc37_cases() {
    check_entity_ids(ENTITY_IDS_LOC37);
}

/// Session 38: a form of address before an inverted subject ("said Mr Brown") lets a later
/// "the chancellor said" find the person; the office must still be stated somewhere.
const QUOTES_S38: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "The plan would cost far too much, say the Tories.",
        Some("org:uk-conservative-party"),
        "The plan would cost far too much",
        false,
    ),
    (
        "\"I felt pretty good,\" said the American.",
        None,
        "I felt pretty good",
        true,
    ),
    (
        "\"Rates will have to rise,\" said economists at Barclays Capital.",
        Some("org:barclays"),
        "Rates will have to rise",
        true,
    ),
    (
        "\"Rates will have to rise,\" said a spokesman for Barclays Capital.",
        Some("org:barclays"),
        "Rates will have to rise",
        true,
    ),
    (
        "\"Rates will have to rise,\" said the head of the IMF.",
        None,
        "Rates will have to rise",
        true,
    ),
    (
        "\"Rates will have to rise,\" said head of equities at Barclays Capital, Mario Malt.",
        Some("person:mario-malt"),
        "Rates will have to rise",
        true,
    ),
    (
        "Put together, the plans would build a \"fairer country for every family\", said Mr Brown. He also announced payments for pensioners. In a move ministers say should keep rises low, the chancellor said he was giving an extra £2bn to councils.",
        Some("person:gordon-brown"),
        "he was giving an extra",
        false,
    ),
    (
        "Put together, the plans would build a \"fairer country for every family\", said Mr Brown. He also announced payments for pensioners. In a move ministers say should keep rises low, the bishop said he was giving an extra £2bn to councils.",
        None,
        "he was giving an extra",
        false,
    ),
];

#[test]
fn quotes_s38_cases() {
    check_quote_cases(QUOTES_S38);
}

/// Session 38: a run ending in "Laboratory" names a body, never a person.
const ENTITY_IDS_S38: &[(&str, &[&str])] = &[
    (
        "Wong, formerly of the Harwell Brook Laboratory, will lead the project.",
        &[
            "org:harwell-brook-laboratory",
            "!person:harwell-brook-laboratory",
        ],
    ),
    (
        "Scientists at the Naval Research Laboratory said the test worked.",
        &["org:naval-research-laboratory"],
    ),
];

#[test]
fn entity_ids_s38_cases() {
    check_entity_ids(ENTITY_IDS_S38);
}

/// Session 38: "implicate" accuses its object.
const RELATIONS_S38: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell implicated Karl Vendrum in the fraud.",
        &["person:ivo-darnell -accuses-> person:karl-vendrum [asserted]"],
    ),
    (
        "The lawyer said Ivo Darnell is implicating Karl Vendrum to win a lighter sentence.",
        &["person:ivo-darnell -accuses-> person:karl-vendrum [reported]"],
    ),
    (
        "The Vendrum Committee is calling on the senior judge in England and Wales, Lord Darnell, to drop the rules.",
        &["org:vendrum-committee -appeals-> person:darnell [asserted]"],
    ),
    (
        "Ghana and the Paris Club reached an agreement on Monday.",
        &["country:ghana -agrees-> org:paris-club [asserted]"],
    ),
    (
        "Ghana and NATO struck a deal on Monday.",
        &["country:ghana -agrees-> org:nato [asserted]"],
    ),
    (
        "Ivo Darnell distanced himself from Karl Vendrum on Friday.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell poured scorn on Karl Vendrum's plans.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell heaped praise on Karl Vendrum for his role.",
        &["person:ivo-darnell -praises-> person:karl-vendrum [asserted]"],
    ),
    (
        "The Vendrum Tribunal ruled in favour of Ivo Darnell on Monday.",
        &["org:vendrum-tribunal -supports-> person:ivo-darnell [asserted]"],
    ),
];

const NOT_RELATIONS_S38: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell was later implicated in the assaults on Karl Vendrum.",
        &["person:ivo-darnell -accuses->"],
    ),
    (
        "Officials said they would insist on the clause in any EC-Comecon agreement.",
        &["-agrees->"],
    ),
    (
        "Ghana and the Paris Club officials pledged to keep talking to the IMF.",
        &["-agrees->"],
    ),
];

#[test]
fn relations_s38_cases() {
    check_relation_lists(RELATIONS_S38, NOT_RELATIONS_S38);
}

/// Session 38: a reported clause inside a two-word subordinate lead ("Even though X said A, B")
/// ends at the comma.
#[test]
fn subordinate_lead_after_even_ends_at_comma() {
    for (text, want) in [
        (
            "Even though Vince Cable said the plan would work, the board rejected the idea.",
            "the plan would work",
        ),
        (
            "But while Vince Cable said he would resign, the board met again.",
            "he would resign",
        ),
    ] {
        let a = analyze(text);
        let got: Vec<&str> = a.quotes.iter().map(|q| q.content.text.as_str()).collect();
        assert!(got.contains(&want), "{text:?}: {got:?}");
    }
}

/// Session 38: a cue word after a determiner and an ordinal is a noun ("won the first show"),
/// while an ordinal adverb before a verb leaves it a cue ("first said").
#[test]
fn ordinal_after_determiner_makes_a_noun() {
    let a = analyze("When Tony Blackburn won the first show in 2002, 10.9 million people saw it.");
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    let a = analyze("Tony Blackburn first said the show would end.");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].content.text, "the show would end");
}

/// Session 38: a cue noun followed by "to the contrary" or by a past participle ("claims made
/// in his book") reports nothing; one whose "that" clause follows still does.
#[test]
fn cue_noun_before_participle_reports_nothing() {
    for text in [
        "He said he trusted Tony Blair, despite claims to the contrary in a new book.",
        "Tony Blair faced anger at the meeting over claims made in a new book.",
    ] {
        let a = analyze(text);
        let bad: Vec<&str> = a
            .quotes
            .iter()
            .map(|q| q.content.text.as_str())
            .filter(|c| c.starts_with("to the contrary") || c.starts_with("made in"))
            .collect();
        assert!(bad.is_empty(), "{text:?}: {bad:?}");
    }
    let a = analyze(
        "Labour ridiculed the claims made on Monday by Michael Howard that he could save £35bn.",
    );
    assert!(
        a.quotes
            .iter()
            .any(|q| q.content.text.starts_with("he could save")),
        "{:?}",
        a.quotes
    );
}

/// Session 38: after an object or a cue's preposition, a bare "and" before a named subject
/// and its verb ends the noun phrase; names on both sides of "and" stay one phrase.
#[test]
fn bare_and_before_named_clause_ends_the_object() {
    let a = analyze("Vince Cable called for calm and Tony Blair said the talks would resume.");
    let got: Vec<(&str, Option<&str>)> = a
        .quotes
        .iter()
        .map(|q| (q.content.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert!(
        got.contains(&("calm", Some("person:vince-cable"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("the talks would resume", Some("person:tony-blair"))),
        "{got:?}"
    );
    let a = analyze(
        "Jo Smith criticised the pact between Tony Blair and Gordon Brown that was signed.",
    );
    assert!(
        a.quotes
            .iter()
            .any(|q| q.content.text.ends_with("that was signed")),
        "{:?}",
        a.quotes
    );
}

/// Session 38: "this"/"last" before a possessive time word opens the reported clause
/// ("said this year's increases will ..."), while "said this week that" still passes over it.
#[test]
fn possessive_time_phrase_opens_the_content() {
    let a = analyze("Vince Cable said this year's increases will be the lowest in a decade.");
    assert!(
        a.quotes
            .iter()
            .any(|q| q.content.text.starts_with("this year's increases")),
        "{:?}",
        a.quotes
    );
    let a = analyze("Vince Cable said this week that the talks would fail.");
    assert!(
        a.quotes
            .iter()
            .any(|q| q.content.text == "the talks would fail"),
        "{:?}",
        a.quotes
    );
}

/// Session 38: a Title Case headline (the text's first line, a blank line after it) is read
/// with its ordinary words in lower case; names keep their capitals (lexicon names, and words
/// the body writes capitalised inside a sentence).
const RELATIONS_HEADLINE38: &[(&str, &[&str])] = &[
    (
        "Obama Slams Trump Over Muslim Ban Proposal",
        &["person:barack-obama -criticizes-> person:donald-trump [asserted]"],
    ),
    (
        "Trump Praises Putin, Attacks Clinton",
        &["person:donald-trump -praises-> person:vladimir-putin [asserted]"],
    ),
    (
        "Merkel Backs Macron On Budget Plan\n\nAngela Merkel said on Monday that she backed the plan of Emmanuel Macron.",
        &["person:angela-merkel -supports-> person:emmanuel-macron [asserted]"],
    ),
    (
        "Mayor Dorna Kelwick Slams Barack Obama Over Climate Deal\n\nThe mayor, Dorna Kelwick, spoke on Tuesday.",
        &["person:dorna-kelwick -criticizes-> person:barack-obama [asserted]"],
    ),
];

const NOT_RELATIONS_HEADLINE38: &[(&str, &[&str])] = &[(
    "Senator Hit By Major Legal Action Over Campaign Funds\n\nThe senator faces a lawsuit from a former aide, a major blow.",
    &["john-major"],
)];

#[test]
fn headline38_relation_cases() {
    check_relation_lists(RELATIONS_HEADLINE38, NOT_RELATIONS_HEADLINE38);
}

/// Session 38: a Title Case headline's names are found, and its capitalised ordinary words,
/// lone surnames the body never uses and shouted words make no entity.
const ENTITY_IDS_HEADLINE38: &[(&str, &[&str])] = &[
    (
        "Senator Hit By Major Legal Action Over Campaign Funds\n\nThe senator faces a lawsuit from a former aide, a major blow.",
        &["!person:john-major", "!person:legal-action"],
    ),
    (
        "Black Lawmakers Rip Donald Trump Over Stop-And-Frisk Comments",
        &[
            "person:donald-trump",
            "!organization:stop-and-frisk-comments",
        ],
    ),
    (
        "Senator Just Got Some Devastating News About Her Campaign\n\nThe senator said on Monday she would fight on.",
        &[
            "!organization:just-got-some-devastating-news-about-her-campaign",
            "!organization:devastating-news",
        ],
    ),
    (
        "Hillary Just Sent Putin A Letter That Will Leave Him FURIOUS\n\nHillary Clinton wrote it on Monday.",
        &["person:hillary-clinton", "!organization:furious"],
    ),
    (
        "Exit Polls Spell Bad News For Barack Obama\n\nThe polls were published by NBC News on Tuesday.",
        &["person:barack-obama", "!organization:spell-bad-news"],
    ),
];

#[test]
fn headline38_entity_cases() {
    check_entity_ids(ENTITY_IDS_HEADLINE38);
}

/// Session 38: "Name: statement" in a Title Case headline is the named one's.
const QUOTES_HEADLINE38: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Sanders: Endorsements Prove Clinton Is Candidate Of The Establishment\n\nBernie Sanders said on Monday that the endorsements proved his point.",
        Some("person:bernie-sanders"),
        "Endorsements Prove",
        false,
    ),
    (
        "Chris Christie Says Hillary Clinton Is Unfit To Serve\n\nChris Christie spoke in Trenton on Monday.",
        Some("person:chris-christie"),
        "Hillary Clinton Is Unfit",
        false,
    ),
    (
        "New Poll Shows Clinton Ahead In Ohio\n\nThe poll was taken on Monday by a university.",
        None,
        "Clinton Ahead",
        false,
    ),
];

/// Session 38: "Given Surname: words" and "Word Name: words" open a headline with the speaker.
const QUOTES_HEADLINE38_COLON: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Marlise Tovrand: We Will Not Back Down On School Funding\n\nThe union leader Marlise Tovrand said the cuts were wrong. Tovrand spoke to reporters.",
        Some("person:marlise-tovrand"),
        "We Will Not Back Down",
        false,
    ),
    (
        "Karen Tovrand: We Will Not Back Down On School Funding\n\nThe union has fought the cuts for a year.",
        Some("person:karen-tovrand"),
        "We Will Not Back Down",
        false,
    ),
];

#[test]
fn headline38_colon_quote_cases() {
    check_quote_cases(QUOTES_HEADLINE38_COLON);
}

#[test]
fn headline38_quote_cases() {
    check_quote_cases(QUOTES_HEADLINE38);
}

/// Session 38: a Title Case headline whose speaker is named by a capital or demonym reports no
/// one's words.
#[test]
fn headline38_no_quote_cases() {
    for text in [
        "Tehran Rejects Talks As Pressure Mounts\n\nThe talks were cancelled on Monday.",
        "Syrian Lawmakers Reject Talks With France\n\nThe talks were cancelled on Monday.",
    ] {
        let a = analyze(text);
        let head: Vec<&str> = a
            .quotes
            .iter()
            .filter(|q| q.content.start < text.find('\n').unwrap_or(text.len()))
            .map(|q| q.content.text.as_str())
            .collect();
        assert!(head.is_empty(), "{text:?} gave {head:?}");
    }
}

/// Session 39: a role noun ties its holder to the one it is about ("X, a critic of Y", "Y
/// supporter X", "X has been a supporter of Y"); breaking into someone's accounts attacks them;
/// "I voted for X", "I like X" and "X is unfit to serve" in attributed words.
const RELATIONS_S39: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell, a longtime critic of Karl Vendrum, spoke on Sunday.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell, a former state senator and fierce critic of Karl Vendrum, spoke on Sunday.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum spoke on Sunday. Ivo Darnell, a Vendrum supporter, said the plan would work.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell has been a strong supporter of Karl Vendrum for years.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell is not a supporter of Karl Vendrum.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [negated]"],
    ),
    (
        "\"It is over,\" said Karl Vendrum ally Ivo Darnell.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum spoke on Sunday. Another Vendrum ally, Senator Ivo Darnell, said the plan would work.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Senator Ivo Darnell of Ohio, a Karl Vendrum backer, said the plan would work.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell hacked the email account of Karl Vendrum last year.",
        &["person:ivo-darnell -attacks-> person:karl-vendrum [asserted]"],
    ),
    (
        "\"I voted for Karl Vendrum,\" Ivo Darnell said.",
        &["person:ivo-darnell -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "\"I like Karl Vendrum; don't get me wrong,\" Ivo Darnell said.",
        &["person:ivo-darnell -praises-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Darnell said Karl Vendrum is unfit to serve as governor.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // A plan that is the subject of a passive is no intent of the event's.
    (
        "Karl Vendrum's plans were criticised by Ivo Darnell.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // A subject "he" is the person named before, not a possessor named after that person.
    (
        "Federal investigators have no evidence to suggest that Ivo Lazmar accessed Karl Tamsen's email address - despite his claim in a recent interview that he had done so - though he admitted as a part of his plea that he successfully broke into the account of Ruth Ames.",
        &["person:ivo-lazmar -attacks-> person:ruth-ames [reported]"],
    ),
    // A passive's agent described by a party and a title, then named after a comma.
    (
        "Karl Vendrum's report was criticised by the Conservative leader, Ivo Darnell.",
        &["person:ivo-darnell -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // A time adjective between the verb and a party's programme.
    (
        "Ivo Darnell had rejected previous Lib Dem proposals.",
        &["person:ivo-darnell -rejects-> org:liberal-democrats [asserted]"],
    ),
];

const NOT_RELATIONS_S39: &[(&str, &[&str])] = &[
    (
        "Ivo Darnell, a former supporter of Karl Vendrum, spoke on Sunday.",
        &["-supports->"],
    ),
    (
        "Ivo Darnell would be a critic of Karl Vendrum.",
        &["-criticizes->"],
    ),
    (
        "Ivo Darnell, a critic of Karl Vendrum's opponent, spoke on Sunday.",
        &["-criticizes->"],
    ),
    (
        "Ivo Darnell, a critic of U.S.-Soviet arms control agreements, spoke on Sunday.",
        &["-criticizes->"],
    ),
    (
        "The Ohio candidate for the U.S. Senate, a longtime supporter of Karl Vendrum, spoke.",
        &["org:us-senate -supports->"],
    ),
    (
        "Ivo Darnell hacked the email account of Karl Vendrum last year.",
        &["-criticizes->"],
    ),
    (
        "\"People like Karl Vendrum are everywhere,\" Ivo Darnell said.",
        &["-praises->"],
    ),
    (
        "Karl Vendrum's report was criticised by the Conservative leader, Ivo Darnell.",
        &["org:uk-conservative-party -criticizes->"],
    ),
];

#[test]
fn relations_s39_cases() {
    check_relation_lists(RELATIONS_S39, NOT_RELATIONS_S39);
}

/// Session 39: a "he" or "she" speaker is the person named before a possessor in its own
/// sentence ("that Lazmar read Tamsen's letters, though he admitted"); a name inside a noun
/// phrase opened by "the" is passed over ("The Vendrum administration's plan ..., she said"),
/// not a titled name before its verb ("the Exchequer Nigel Lawson said ... but he did not say").
const QUOTES_S39: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Investigators say that Ivo Lazmar read Karl Tamsen's letters, though he admitted that he broke into the account of Ruth Ames.",
        Some("person:ivo-lazmar"),
        "he broke into",
        false,
    ),
    (
        "Ruth Ames spoke in Seattle on Monday. The Vendrum administration's waiver plan has led to uncertainty in many states, including Ames's home state of Washington, she said.",
        Some("person:ruth-ames"),
        "The Vendrum administration",
        false,
    ),
    (
        "Ivo Darnell spoke in Rome on Monday. Joe Scarborough, who served in the House, has flirted with the idea of being Darnell's running mate, though he has denied that he would seriously consider it.",
        Some("person:joe-scarborough"),
        "he would seriously consider it",
        false,
    ),
];

#[test]
fn quotes_s39_cases() {
    check_quote_cases(QUOTES_S39);
}

/// Session 40: every id an analysis refers to is one of its entities. A lexicon body or country
/// that a title, a party tag or the people lexicon ties a person to, unnamed in the text, gets a record with its
/// lexicon name and no mention; a body made up from a title and the article's country ("a
/// lawmaker" in an article about the U.S. is of no "American Parliament") is dropped, its
/// title kept.
/// A text, the (id, lexicon name) records it must hold with no mention, the ids it must not hold.
type ReferencedCase<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a [&'a str]);

#[test]
fn referenced_entities_are_records_of_the_analysis() {
    let cases: &[ReferencedCase] = &[
        (
            "Prime Minister Jacques Chirac arrived in Delhi on Monday.",
            &[("country:france", "France")],
            &[],
        ),
        (
            "Sen. Ada Grant (R-Ohio) opposed the bill.",
            &[("org:republican-party", "Republican Party")],
            &[],
        ),
        (
            "The White House met the lawmaker Karl Vendrum in Washington. Lawmaker Karl Vendrum said the bill was bad.",
            &[],
            &["org:american-parliament"],
        ),
    ];
    for (text, wanted, absent) in cases {
        let a = analyze(text);
        let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "{text:?}: not sorted: {ids:?}"
        );
        let referenced = a
            .relations
            .iter()
            .flat_map(|r| [r.source.as_str(), r.target.as_str()])
            .chain(
                a.entities
                    .iter()
                    .flat_map(|e| e.affiliations.iter().filter_map(|f| f.org.as_deref())),
            )
            .chain(a.quotes.iter().filter_map(|q| q.speaker.as_deref()));
        for id in referenced {
            assert!(ids.contains(&id), "{text:?}: {id} is no entity: {ids:?}");
        }
        for (id, name) in *wanted {
            let e = a.entities.iter().find(|e| e.id == *id);
            let e = e.unwrap_or_else(|| panic!("{text:?}: no {id} in {ids:?}"));
            assert_eq!(e.name, *name, "{text:?}");
            assert!(e.mentions.is_empty(), "{text:?}: {id} has mentions");
            assert!(
                a.relations
                    .iter()
                    .any(|r| r.rel_type == "member_of" && r.target == *id),
                "{text:?}: no member_of {id}"
            );
        }
        for id in *absent {
            assert!(!ids.contains(id), "{text:?}: {id} given");
            assert!(
                a.relations.iter().all(|r| r.target != *id),
                "{text:?}: relation to {id}"
            );
        }
    }
}

/// Session 40: a title word that opens a company's name elsewhere in the article ("General
/// Vexal Co") is no title before the company's short form; a general's surname stays a person.
const ENTITY_IDS_S40: &[(&str, &[&str])] = &[
    (
        "General Vexal Co, a partnership, made a bid. General Vexal said the board could not act.",
        &["org:general-vexal-co", "!person:vexal"],
    ),
    (
        "Orvane Inc filed a registration. The estate owns 25.6 mln shares of General Tamsen, and General Tamsen Corp said it would object.",
        &["org:general-tamsen-corp", "!person:tamsen"],
    ),
    (
        "General Darnell said the army would stay in the north. General Motors Corp said sales rose.",
        &["person:darnell"],
    ),
    // "Miss Universe" is a title: the name after it is the person's.
    (
        "Ivo Marsh attacked former Miss Universe Ada Vendrum on Friday. Vendrum said she would vote.",
        &["person:ada-vendrum", "!person:universe-ada-vendrum"],
    ),
    // A name before "-style" or "-era" modifies a noun: no mention, no junk name.
    (
        "Karl Vendrum warned against a reckless, Ivo Marsh-style tax cutting spree.",
        &[
            "person:karl-vendrum",
            "!person:ivo-marsh-style",
            "!person:ivo-marsh",
        ],
    ),
    // "Chancellor of the Exchequer" is a title: the name after it is the person's.
    (
        "British Chancellor of the Exchequer Ivo Marsh said the pound was stable.",
        &["person:ivo-marsh", "!person:exchequer-ivo-marsh"],
    ),
    (
        "Mr Major said the pound would stay in the ERM.",
        &["person:john-major"],
    ),
    // A royal's given name is no short form of a commoner's full name.
    (
        "Michael Vendrum spoke on Monday. Princess Ada, the daughter of ex-King Michael of Romania, was there too.",
        &["person:michael-vendrum", "person:michael"],
    ),
];

#[test]
fn entity_ids_s40() {
    check_entity_ids(ENTITY_IDS_S40);
}

/// Session 40: "who" after "<person> of <place>," is the person ("said Sen. Ivo Marsh of
/// Texas, who has argued that ...").
const QUOTES_S40: &[(&str, Option<&str>, &str, bool)] = &[
    // A name in "<name>-era figures" speaks for no one.
    (
        "Ruth Ames spoke first. In the fading world of Karl Vendrum-era figures, some are quietly saying it is time to accept a new reality.",
        None,
        "it is time to accept",
        false,
    ),
    // "said in an interview with ... that CLAUSE": the clause, past a long phrase of where it
    // was said; not a "that" inside a clause already begun.
    (
        "Ivo Marsh said in an interview with the financial daily Les Echos on Monday that growth would slow this year.",
        Some("person:ivo-marsh"),
        "growth would slow",
        false,
    ),
    // A person's name before "administration officials" names the administration (session
    // 44: an organisation, as "U.S. officials" name the United States), never the person;
    // one coordinated with unnamed speakers ("and other analysts") is one of them.
    (
        "Three Karl Vendrum administration officials have said they are supporting Ivo Marsh.",
        Some("org:vendrum-administration"),
        "they are supporting",
        false,
    ),
    (
        "Ruth Ames and other analysts said the market would fall further this week.",
        Some("person:ruth-ames"),
        "the market would fall",
        false,
    ),
    (
        "It came a day after a rally by Senator Ivo Marsh of Texas, who has argued that the deal was a disaster.",
        Some("person:ivo-marsh"),
        "the deal was a disaster",
        false,
    ),
    (
        "The plan drew fire from Rep. Karl Vendrum of Georgia, who said the deal was a disaster.",
        Some("person:karl-vendrum"),
        "the deal was a disaster",
        false,
    ),
];

#[test]
fn quotes_s40_cases() {
    check_quote_cases(QUOTES_S40);
}

/// Session 40: a word that is also a trigger noun before an office noun names the office ("Aid
/// minister X" gives no aid); a verb before a title still takes its object ("will meet
/// Secretary of State X"); a name before "-style" is the person's without the suffix.
const RELATIONS_S40: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum assured voters he would criticize Ivo Marsh in the debate.",
        &["person:karl-vendrum -criticizes-> person:ivo-marsh [hypothetical]"],
    ),
    (
        "Ivo Marsh will meet Secretary of State Karl Vendrum in Washington on Monday.",
        &["person:ivo-marsh -meets-> person:karl-vendrum [intended]"],
    ),
    (
        "Ruth Ames is criticizing President Karl Vendrum as a weak leader.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
];
const NOT_RELATIONS_S40: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum administration officials are supporting Ivo Marsh in the primary.",
        &["person:karl-vendrum -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "Karl Vendrum supporters attacked Ivo Marsh at the rally on Monday.",
        &[
            "person:karl-vendrum -criticizes-> person:ivo-marsh [asserted]",
            "person:karl-vendrum -attacks-> person:ivo-marsh [asserted]",
        ],
    ),
    (
        "Both men spoke about working on wider aid policy with their colleagues, Ivo Marsh, Aid minister Karl Vendrum and Ruth Ames.",
        &[
            "person:ivo-marsh -aids-> person:karl-vendrum [asserted]",
            "person:ivo-marsh -aids-> person:karl-vendrum [reported]",
            "person:ivo-marsh -aids-> person:ruth-ames [asserted]",
            "person:ivo-marsh -aids-> person:ruth-ames [reported]",
        ],
    ),
];

#[test]
fn relations_s40_cases() {
    check_relation_lists(RELATIONS_S40, NOT_RELATIONS_S40);
}

/// Session 40: the longer reach for "that" after "said in a statement ..." stops at a clause
/// already begun: the content is never the clause after a later "that".
#[test]
fn a_later_that_inside_a_begun_clause_opens_no_content() {
    for text in [
        "Karl Vendrum said in a statement the central bank did not accept arguments that inflation mattered less.",
        "The embassy said in its annual report on Ruritania there were growing signs that output was lower.",
    ] {
        let a = analyze(text);
        assert!(!a.quotes.is_empty(), "{text:?}: no quote");
        for q in &a.quotes {
            let c = &q.content.text;
            assert!(
                !c.starts_with("inflation") && !c.starts_with("output"),
                "{text:?}: content {c:?}"
            );
        }
    }
}

/// Session 41: "called out X" criticises X and its object is X, not "out X"; "disavow" and
/// "repudiate" reject; "admires" praises; "told a news conference during a stopover in X that"
/// reaches the clause past the hearer and the place; an object never opens with a
/// conjunction.
const QUOTES_S41: &[(&str, Option<&str>, &str, bool)] = &[
    (
        "Karl Vendrum called out Ivo Marsh for backing down from the fight.",
        Some("person:karl-vendrum"),
        "Ivo Marsh for backing down",
        false,
    ),
    (
        "Ivo Marsh told a news conference during a stopover in Hong Kong that trade talks were going well.",
        Some("person:ivo-marsh"),
        "trade talks were going well",
        false,
    ),
    (
        "Ruth Ames told reporters after a two-day meeting with bankers in Lagos that the loan was agreed.",
        Some("person:ruth-ames"),
        "the loan was agreed",
        false,
    ),
    // A named outlet's medium is the hearer ("the BBC News website"), and so is a short
    // programme title after it before a subject pronoun.
    (
        "Ruth Ames told the Vendrum News website Ivo Marsh did not deserve any credit for the plea.",
        Some("person:ruth-ames"),
        "Ivo Marsh did not deserve",
        false,
    ),
    (
        "Ivo Marsh told the Ruritanian World Service programme Go Digital he hoped the laptop would sell.",
        Some("person:ivo-marsh"),
        "he hoped the laptop",
        false,
    ),
    // A given name usually borne by a man is no "she": the one who urged is the subject
    // before, not the man named last.
    (
        "Ruth Ames criticised Karl Vendrum on Monday. She urged him to resign.",
        Some("person:ruth-ames"),
        "him to resign",
        false,
    ),
    // A known leader's surname keeps its particle ("Ben Ali"): a bare "Ali" is not him.
    (
        "Kuwait's Oil Minister, Sheikh Ali al-Karam, said there were no plans for a meeting. Sheikh Ali denied that Kuwait was over-producing.",
        Some("person:ali-al-karam"),
        "Kuwait was over-producing",
        false,
    ),
    // "according to" inside a clause that "told reporters that" opens is part of what was
    // told, not a source for the words before it.
    (
        "Marcel Vendrum, president of the Maize Association, spoke. He told reporters that according to a report prepared by the USDA, the US paid the most subsidies.",
        Some("person:marcel-vendrum"),
        "according to a report",
        false,
    ),
    // A body named as one example of the subject ("including X") is not who "they" are.
    (
        "Six Vendrum Media newspapers, including the Ames Daily Press, said Ivo Marsh is unfit. They urged him to resign.",
        Some("org:vendrum-media"),
        "him to resign",
        false,
    ),
];

/// Session 41: an object-taking cue with an adverb between it and "was" ("was widely
/// criticised as sloppy") is passive and reports no one's words.
#[test]
fn an_adverb_before_a_passive_cue_keeps_it_passive() {
    for text in [
        "The plan was widely criticised as sloppy by the press.",
        "The minister was publicly urged to resign over the affair.",
        // A passive speech verb before an infinitive: hearsay, no one's words.
        "The price review is predicted to last many months.",
        "Ivo Marsh is said to have turned down the role twice.",
    ] {
        let a = analyze(text);
        for q in &a.quotes {
            let c = &q.content.text;
            assert!(
                !c.starts_with("as sloppy") && !c.starts_with("to "),
                "{text:?}: content {c:?}"
            );
        }
    }
}

/// Session 41: a known leader's surname with its particle ("Ben Ali", "Le Pen") is his or
/// her short form; the last word alone ("Ali", "Pen") is not.
const ENTITY_IDS_S41: &[(&str, &[&str])] = &[
    (
        "Kuwait's Oil Minister, Sheikh Ali al-Karam, said there were no plans for a meeting. Sheikh Ali denied that Kuwait was over-producing.",
        &["person:ali-al-karam", "!person:zine-el-abidine-ben-ali"],
    ),
    (
        "Tunisia's President Zine El Abidine Ben Ali met Ali Karam. Ben Ali said the talks went well.",
        &["person:zine-el-abidine-ben-ali", "person:ali-karam"],
    ),
];

#[test]
fn entity_ids_s41_cases() {
    check_entity_ids(ENTITY_IDS_S41);
}

#[test]
fn quotes_s41_cases() {
    check_quote_cases(QUOTES_S41);
}

#[test]
fn an_object_never_opens_with_a_conjunction() {
    for text in [
        "Ivo Marsh's drop shot is agonisingly called out and Karl Vendrum claims the first break.",
        "Ruth Ames agreed and said the figures had to be looked at in context.",
        "The brewer Vendrum Ales suffered a 3% fall in profits due to waning demand and increased marketing costs.",
    ] {
        let a = analyze(text);
        for q in &a.quotes {
            let c = q.content.text.to_lowercase();
            assert!(
                !c.starts_with("and ") && !c.starts_with("out "),
                "{text:?}: content {:?}",
                q.content.text
            );
        }
    }
}

const RELATIONS_S41: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum called out Ivo Marsh for backing down from the fight.",
        &["person:karl-vendrum -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ivo Marsh Calls Out Karl Vendrum For Backing Down\n\nIvo Marsh was in Ohio when Karl Vendrum left the race.",
        &["person:ivo-marsh -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ruth Ames quickly disavowed Karl Vendrum and his former aides on Monday.",
        &["person:ruth-ames -rejects-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Marsh has repudiated Ruth Ames, his former running mate.",
        &["person:ivo-marsh -rejects-> person:ruth-ames [asserted]"],
    ),
    (
        "Karl Vendrum has long admired Ivo Marsh, who shares his views on trade.",
        &["person:karl-vendrum -praises-> person:ivo-marsh [asserted]"],
    ),
    // A judgement phrase read through "even"; a credit denied is a criticism.
    (
        "Ruth Ames said Karl Vendrum isn't even fit to be governor any more.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ruth Ames told the Vendrum News website Ivo Marsh did not deserve any credit for the plea.",
        &["person:ruth-ames -criticizes-> person:ivo-marsh [asserted]"],
    ),
    // Opposition phrases; "unlikely to" makes an event no fact.
    (
        "Last year, Karl Vendrum spoke out against President Ivo Marsh's decision to sell wheat.",
        &["person:karl-vendrum -criticizes-> person:ivo-marsh [asserted]"],
    ),
    (
        "The Vendrum Tool Co board objected to a French requirement that it sell two units.",
        &["org:vendrum-tool-co -rejects-> country:france [asserted]"],
    ),
    (
        "Analysts said Ivo Marsh was very unlikely to support Karl Vendrum's bid.",
        &["person:ivo-marsh -supports-> person:karl-vendrum [hypothetical]"],
    ),
    // A word of a name is no modality cue ("Planned Parenthood" plans nothing).
    (
        "Ivo Marsh, a Planned Parenthood ally, criticized Ruth Ames.",
        &["person:ivo-marsh -criticizes-> person:ruth-ames [asserted]"],
    ),
    // A subject pronoun before the light verb of an encounter noun is its actor, not a name
    // in the clause before ("Kenya's shantytown as he opened a visit").
    (
        "Ivo Marsh has visited Kenya's biggest shantytown as he opened a week-long visit to Africa.",
        &["person:ivo-marsh -visits-> loc:africa [asserted]"],
    ),
    // Hearsay with no one named ("is reported to have") is reported, not asserted.
    (
        "Ivo Marsh is reported to have already held private talks with Ruth Ames.",
        &["person:ivo-marsh -negotiates-> person:ruth-ames [reported]"],
    ),
    (
        "Japanese buyers are believed to have contracts to buy some 950,000 tonnes of raw sugar from Cuba for 1987 shipment.",
        &["country:japan -buys-> country:cuba [reported]"],
    ),
    // A person who "was charged" is charged in law, with or without the offence named.
    (
        "Ivo Marsh was charged in the United States in 2014 and extradited this year.",
        &["country:united-states -accuses-> person:ivo-marsh [asserted]"],
    ),
    (
        "The Vendrum Plan Inc unit signed a contract with Ruth Ames Corp on Monday.",
        &["org:vendrum-plan-inc -signs-> org:ruth-ames-corp [asserted]"],
    ),
];

/// The one who reports an event, named in the attribution after a comma, is none of its sides.
const NOT_RELATIONS_S41: &[(&str, &[&str])] = &[
    // Meeting a requirement is no meeting with whoever set it.
    (
        "Ivo Marsh noted West Germany had taken steps to meet U.S. demands for faster growth.",
        &["country:west-germany -meets-> country:united-states [reported]"],
    ),
    (
        "The European Commission will present revised proposals to meet the Lisbon goals.",
        &["org:european-commission -meets-> country:portugal [intended]"],
    ),
    // A trigger's verb form before an office noun after "the"/"public" names the office.
    (
        "Venezuela will not renegotiate the agreement it worked out with its banks, public finance director Ivo Marsh told Reuters.",
        &["country:venezuela -cooperates-> person:ivo-marsh [asserted]"],
    ),
    (
        "In his speech on free trade talks between the U.S. and Canada, Karl Vendrum said failure would hurt.",
        &[
            "country:canada -negotiates-> person:karl-vendrum [asserted]",
            "country:united-states -negotiates-> person:karl-vendrum [asserted]",
        ],
    ),
];

#[test]
fn relations_s41_cases() {
    check_relation_lists(RELATIONS_S41, NOT_RELATIONS_S41);
}

// ---- Session 42 ----

const QUOTES_S42: &[(&str, Option<&str>, &str, bool)] = &[
    // A hearer the recogniser did not name: its capitalised run, its town, its acronym,
    // the nouns of a body or an occasion, and a comma closing it.
    (
        "Ruth Ames told The Vendrum-Ledger of Newark last week she would rather vote for Ivo Marsh.",
        Some("person:ruth-ames"),
        "she would rather vote",
        false,
    ),
    (
        "Karl Vendrum told an American Stock Exchange conference, a decline in the dollar would hurt markets.",
        Some("person:karl-vendrum"),
        "a decline in the dollar",
        false,
    ),
    (
        "Ivo Marsh told the Supreme Soviet (parliament) industrial output is planned to rise.",
        Some("person:ivo-marsh"),
        "industrial output is planned",
        false,
    ),
    (
        "Ruth Ames told the Senate Appropriations subcommittee the plan would cost more.",
        Some("person:ruth-ames"),
        "the plan would cost more",
        false,
    ),
    // The possessor of a reporting noun that takes a "that" clause says it.
    (
        "Karl Vendrum spoke on Monday. Officials have no evidence, despite his claim in a recent interview that he had done so.",
        Some("person:karl-vendrum"),
        "he had done so",
        false,
    ),
    // A cue in a gerund lead clause: its words end at the comma, and the main clause's
    // subject says them.
    (
        "One month after announcing his support for Ivo Marsh, Karl Vendrum still believes that the plan is unfit.",
        Some("person:karl-vendrum"),
        "his support for Ivo Marsh",
        false,
    ),
    // A gerund cue after "before"/"after" speaks through the sentence's earlier speaker, not
    // a name inside the quotation.
    (
        "Karl Vendrum defended his vote. \"I believe he is the best person to beat Ruth Ames,\" the senator said, before clarifying that he was the best candidate.",
        Some("person:karl-vendrum"),
        "he was the best candidate",
        false,
    ),
    // A possessive ends no hearer: it opens the clause's subject.
    (
        "Ivo Marsh told the Senate Karl Vendrum's decision was long overdue.",
        Some("person:ivo-marsh"),
        "Karl Vendrum's decision",
        false,
    ),
];

#[test]
fn quotes_s42_cases() {
    check_quote_cases(QUOTES_S42);
}

#[test]
fn a_possessed_noun_before_its_own_verb_names_no_speaker() {
    // "His lawyers claim that": the lawyers' claim, not his; "His comments follow news
    // that": the news is nobody's words.
    for text in [
        "Karl Vendrum denied the charges. His lawyers claim that their client was unaware of the fraud.",
        "Karl Vendrum called for a release. His comments follow news that four men will be freed.",
    ] {
        let a = analyze(text);
        assert!(
            a.quotes
                .iter()
                .all(|q| q.speaker.as_deref() != Some("person:karl-vendrum")
                    || !q.content.text.starts_with("their client")
                        && !q.content.text.starts_with("four men")),
            "{text}: {:?}",
            a.quotes
        );
    }
}

#[test]
fn a_programme_or_pledged_delegates_are_no_finding() {
    for (text, not_start) in [
        ("Ruth Ames holds a lead in pledged delegates.", "delegates"),
        (
            "Ivo Marsh hosts the conservative news show of record.",
            "of record",
        ),
        (
            "Karl Vendrum appeared on his radio show on Sirius XM.",
            "Sirius",
        ),
        ("Few young voters show up in a primary.", "up in"),
    ] {
        let a = analyze(text);
        assert!(
            a.quotes
                .iter()
                .all(|q| !q.content.text.starts_with(not_start)),
            "{text}: {:?}",
            a.quotes
        );
    }
    // A finding still reports: "polls show X", "the records show in detail how".
    let a = analyze("The records show in detail how Acme Corp sheltered its profits.");
    assert!(
        a.quotes
            .iter()
            .any(|q| q.content.text.starts_with("in detail how"))
    );
}

#[test]
fn a_hearer_alone_is_no_quote() {
    let a = analyze("Ivo Marsh told the New York Society of Security Analysts.");
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

const RELATIONS_S42: &[(&str, &[&str])] = &[
    // A fronted phrase's possessive is the subject after its comma.
    (
        "Asked about his previous criticisms of Ivo Marsh, Karl Vendrum said that was natural.",
        &["person:karl-vendrum -criticizes-> person:ivo-marsh [reported]"],
    ),
    (
        "Despite her criticism of Ivo Marsh, Ruth Ames voted for the bill.",
        &["person:ruth-ames -criticizes-> person:ivo-marsh [asserted]"],
    ),
    // A US state before a person's title modifies the title, as a country does.
    (
        "Ruth Ames met with Ohio Gov. Karl Vendrum on Tuesday.",
        &["person:ruth-ames -meets-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ruth Ames stepped up her criticism of Vermont Sen. Ivo Marsh.",
        &["person:ruth-ames -criticizes-> person:ivo-marsh [asserted]"],
    ),
    // A hyphened pair of names before a noun describes it and acts in nothing.
    (
        "Karl Vendrum said he hopes Ivo Marsh will make proposals to ease U.S.-Japan trade friction at a meeting with Ruth Ames this week.",
        &["person:ivo-marsh -meets-> person:ruth-ames [reported]"],
    ),
    (
        "Karl Vendrum called for greater EC-U.S. cooperation to force Japan to open its markets.",
        &["person:karl-vendrum -demands-> country:japan [reported]"],
    ),
    // Wire copy capitalises the word after an abbreviation: a verb or an event word there is
    // no name the abbreviation modifies.
    (
        "The U.S. Accused Japan of dumping microchips in third countries.",
        &["country:united-states -accuses-> country:japan [asserted]"],
    ),
    (
        "Karl Vendrum rebuffed recent U.S. Criticism of West Germany on Monday.",
        &["person:karl-vendrum -rejects-> country:united-states [asserted]"],
    ),
    // A pledge to cooperate is mutual.
    (
        "France and Canada pledged to cooperate on fishing.",
        &["country:france -agrees-> country:canada [asserted]"],
    ),
];

const NOT_RELATIONS_S42: &[(&str, &[&str])] = &[
    // Not a name deep in the main clause.
    (
        "After his talks with Ivo Marsh, supporters of Karl Vendrum cheered.",
        &["person:karl-vendrum -negotiates-> person:ivo-marsh [asserted]"],
    ),
    // An unnamed group's act in a reduced relative clause is not the subject's.
    (
        "Ivo Marsh gave $3 million to a group backing Gov. Karl Vendrum.",
        &["person:ivo-marsh -supports-> person:karl-vendrum [asserted]"],
    ),
    // Each pledges to act; no one pledges to the other.
    (
        "Ruth Ames and Karl Vendrum have pledged to act as well.",
        &["person:ruth-ames -agrees-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum said he hopes Ivo Marsh will make proposals to ease U.S.-Japan trade friction at a meeting with Ruth Ames this week.",
        &["country:japan -meets-> person:ruth-ames [reported]"],
    ),
    // The meeting one tells something is no encounter with the name after it.
    (
        "Karl Vendrum told the meeting Tokyo was ready to co-finance the loans.",
        &["person:karl-vendrum -meets-> country:japan [asserted]"],
    ),
    // "phone" before a noun is a noun.
    (
        "The groups supporting Ruth Ames and Karl Vendrum paid for voter files, including phone banking services.",
        &["person:ruth-ames -meets-> person:karl-vendrum [reported]"],
    ),
];

#[test]
fn relations_s42_cases() {
    check_relation_lists(RELATIONS_S42, NOT_RELATIONS_S42);
}

/// Session 43: what a speaker says another should or must do is an appeal to them (CAMEO
/// 020), read from the reported content's opening name and its modal.
const RELATIONS_S43: &[(&str, &[&str])] = &[
    (
        "The United States pressed Japan on trade in Washington on Monday. U.S. Senator Karl Vendrum said Japan must open its rice market.",
        &["person:karl-vendrum -appeals-> country:japan [asserted]"],
    ),
    (
        "Ruth Ames said that Ivo Marsh should not run again.",
        &["person:ruth-ames -appeals-> person:ivo-marsh [asserted]"],
    ),
    (
        "\"The Fed ought to hold those applications in abeyance,\" Ivo Marsh said.",
        &["person:ivo-marsh -appeals-> org:federal-reserve [asserted]"],
    ),
    // An international body may call on the article's home country.
    (
        "Sweden should reduce its dependence on domestic consumption, the Organisation for Economic Cooperation and Development (OECD) said.",
        &["org:oecd -appeals-> country:sweden [asserted]"],
    ),
    // A participle set off after a name, its agent right after it: a reduced passive.
    (
        "Karl Vendrum, criticized by Ivo Marsh for his record, left the party.",
        &["person:ivo-marsh -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Canada, strongly supported by Australia, has championed the cause of farm trade reform.",
        &["country:australia -supports-> country:canada [asserted]"],
    ),
    // Capturing a country is occupying it, not an arrest.
    (
        "Iraq captured Kuwait in 1990.",
        &["country:iraq -occupies-> country:kuwait [asserted]"],
    ),
    // A role in an apposition after a dash, or after a person who is a preposition's object.
    (
        "This time the role will be filled by Karl Vendrum - a key ally of Ruth Ames.",
        &["person:karl-vendrum -supports-> person:ruth-ames [asserted]"],
    ),
    (
        "The job went to Karl Vendrum, a longtime critic of Ruth Ames.",
        &["person:karl-vendrum -criticizes-> person:ruth-ames [asserted]"],
    ),
    // "I" in a direct quote is its speaker.
    (
        "\"I call upon Karl Vendrum to veto the bill,\" Ruth Ames said.",
        &["person:ruth-ames -appeals-> person:karl-vendrum [reported]"],
    ),
    (
        "\"I blame Karl Vendrum personally for the death of my son,\" Ruth Ames said.",
        &["person:ruth-ames -accuses-> person:karl-vendrum [reported]"],
    ),
    // "We" in a body's own words is the body.
    (
        "\"We urge Japan to open its markets,\" the European Community said in a statement.",
        &["org:european-community -appeals-> country:japan [reported]"],
    ),
    // "me" after the verb in a direct quote is its speaker.
    (
        "\"Karl Vendrum attacked me on Tuesday,\" Ruth Ames said.",
        &["person:karl-vendrum -criticizes-> person:ruth-ames [reported]"],
    ),
    // Verbs of stance added to the lexicon.
    (
        "Ivo Marsh has taken a swipe at Karl Vendrum.",
        &["person:ivo-marsh -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Marsh turned on Karl Vendrum after the vote.",
        &["person:ivo-marsh -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Marsh lauded Karl Vendrum for his work.",
        &["person:ivo-marsh -praises-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Marsh stood by Karl Vendrum throughout the scandal.",
        &["person:ivo-marsh -supports-> person:karl-vendrum [asserted]"],
    ),
    // Nouns of opposing and defending.
    (
        "Ivo Marsh's opposition to Karl Vendrum was clear.",
        &["person:ivo-marsh -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ivo Marsh's defence of Karl Vendrum was strong.",
        &["person:ivo-marsh -supports-> person:karl-vendrum [asserted]"],
    ),
    // A country's own policy is its deed; a pair's deal names its parties.
    (
        "Ivo Marsh attacked UK policy on immigration.",
        &["person:ivo-marsh -criticizes-> country:united-kingdom [asserted]"],
    ),
];

const NOT_RELATIONS_S43: &[(&str, &[&str])] = &[
    // A country naming a war, a crisis or someone's policy toward it is no one acted on.
    ("Ivo Marsh criticized the Iraq War.", &["-criticizes->"]),
    (
        "Ivo Marsh's defence of his Iran policy was strong.",
        &["-supports->"],
    ),
    (
        "Ivo Marsh backed the Iran deal.",
        &["-supports-> country:iran"],
    ),
    // The writer's own "I" is no one named.
    (
        "Ruth Ames wrote the book in 1990. I met Karl Vendrum in Paris a year later.",
        &["-meets->"],
    ),
    // After "of" the apposition may describe the head before it.
    (
        "The wife of Karl Vendrum, a longtime critic of Ruth Ames, spoke first.",
        &["person:karl-vendrum -criticizes->"],
    ),
    // The participle after a preposition's object, or with its agent not right after it,
    // tells nothing of the name before the comma.
    (
        "The boats were intercepted at the head of the Gulf, captured by Iran last year.",
        &["-occupies->"],
    ),
    (
        "Vantor Industries Inc, recently acquired by a unit of Palmora Corp, said it would sell its shoe division.",
        &["org:vantor-industries-inc -buys->"],
    ),
    // A candidate who captures Georgia in the primaries wins its vote.
    (
        "Karl Vendrum has captured Georgia, Alabama and Tennessee in the Super Tuesday primaries.",
        &["-arrests->", "-occupies->"],
    ),
    // A forecast, not a request.
    (
        "Analyst Ruth Ames said British Airways should outperform the market.",
        &["-appeals->"],
    ),
    // Others are asked to act on the one named; a reproach is no request.
    (
        "Ivo Marsh said Karl Vendrum should be stripped of his medals.",
        &["-appeals->"],
    ),
    (
        "Ivo Marsh said Karl Vendrum should have resigned.",
        &["-appeals->"],
    ),
    // One's own side: the speaker's country, a body's own country, the home country of a
    // speaker tied to no other.
    (
        "Japanese Finance Minister Karl Vendrum said Japan should open its markets.",
        &["-appeals->"],
    ),
    (
        "The Bank of Japan said Japan should promote a division of labour with its neighbours.",
        &["-appeals->"],
    ),
    (
        "Ruth Ames said the United States should refuse more refugees.",
        &["-appeals->"],
    ),
    // A denial asks nothing.
    (
        "Ivo Marsh denied that Ruth Ames must resign.",
        &["-appeals->"],
    ),
];

#[test]
fn relations_s43_cases() {
    check_relation_lists(RELATIONS_S43, NOT_RELATIONS_S43);
}

/// Session 43: a two-word short form of a longer full name that opens with a given name is
/// that person (the last two words, or the first and last unless others of the surname are
/// named in full); "Fellowship", "Brotherhood", "Cooperative" and "Syndicate" end the names
/// of bodies.
const ENTITY_IDS_S43: &[(&str, &[&str])] = &[
    (
        "Lena Marsh Holloway said she was happy. Mrs Marsh Holloway will take a new title.",
        &["person:lena-marsh-holloway", "!person:marsh-holloway"],
    ),
    (
        "Sir Tomas Willer, the Tory backbencher, has died. Sir Tomas Edward James Willer was born in 1920.",
        &["person:tomas-edward-james-willer", "!person:tomas-willer"],
    ),
    (
        "Karl Vendrum spoke first. His son Karl W. Vendrum and his wife Ruth Vendrum spoke later.",
        &["person:karl-vendrum", "person:karl-w-vendrum"],
    ),
    (
        "The Northfield Medical Fellowship (NMF) said the bill was dangerous. NMF is concerned that patients will suffer.",
        &["org:northfield-medical-fellowship", "!org:nmf"],
    ),
];

#[test]
fn entity_ids_s43_cases() {
    check_entity_ids(ENTITY_IDS_S43);
}

/// Session 43: letters the lexicon gives another body name the article's own body of those
/// initials; a company the lexicon knows by its letters alone is the one the article spells
/// out with its legal form; letters the lexicon spells out otherwise are left apart.
const MERGE_S43: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum, who sits on Labour's ruling NEC, spoke first. He served on the National Executive Committee in the 1990s.",
        &["NEC=org:national-executive-committee"],
    ),
    (
        "International Business Machines Corp said profits rose. IBM shares fell 2 pct.",
        &[
            "International Business Machines Corp=org:ibm",
            "IBM=org:ibm",
        ],
    ),
    (
        "Unicorp American Corp said it agreed to the merger. UAC shares rose 2 pct.",
        &["Unicorp American Corp=org:unicorp-american-corp"],
    ),
];

#[test]
fn merge_s43_cases() {
    check_merges(MERGE_S43);
}

/// Session 44: an event noun whose "by" agent comes before its target ("an attack by X on
/// Y"); a leader's government named by the leader's surname ("the Vendrum administration")
/// is an organisation that acts, not the person; "warned the committee", "urged the union":
/// the body of the article with that word in its name; "sold its chemicals division to X": the
/// seller sells the buyer.
const RELATIONS_S44: &[(&str, &[&str])] = &[
    (
        "An attack by Russia on Ukraine killed ten people.",
        &["country:russia -attacks-> country:ukraine [asserted]"],
    ),
    (
        "Sanctions by the United States against Iran have hurt its oil exports.",
        &["country:united-states -sanctions-> country:iran [asserted]"],
    ),
    (
        "Repeated threats by Ruth Ames against Karl Vendrum were reported to police.",
        &["person:ruth-ames -threatens-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum was elected in 1980. The Vendrum administration imposed sanctions on Cuba in 1982.",
        &["org:vendrum-administration -sanctions-> country:cuba [asserted]"],
    ),
    (
        "Ruth Ames, a senator, urged the Vendrum Administration to act. Karl Vendrum did not reply.",
        &["person:ruth-ames -appeals-> org:vendrum-administration [asserted]"],
    ),
    // Words addressed to a body described by a word of its name.
    (
        "The Commons transport committee published its report on Monday. Ivo Marsh warned the committee that the plan would fail.",
        &["person:ivo-marsh -warns-> org:transport-committee [asserted]"],
    ),
    (
        "The Ruritanian Farmers Union met on Monday. Ivo Marsh urged the union to end the strike.",
        &["person:ivo-marsh -appeals-> org:ruritanian-farmers-union [asserted]"],
    ),
    // A company's unnamed asset sold to a named company: the seller sells the buyer.
    (
        "Vantor Industries Inc said it has sold its chemicals division to Palmora Corp for undisclosed terms.",
        &["org:vantor-industries-inc -sells-> org:palmora-corp [reported]"],
    ),
    (
        "Vantor Industries Inc agreed to sell its Ohio plant to Palmora Corp.",
        &["org:vantor-industries-inc -sells-> org:palmora-corp [intended]"],
    ),
    // A name after "like" and a plural noun is that noun's example, as after "such as" (a
    // noun opening with a letter of two bytes once panicked here).
    (
        "Élites like Ruth Ames criticized Karl Vendrum.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Candidates like Ruth Ames have blasted Karl Vendrum for not arming the Kurds.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // A grain grade between the origin and the goods.
    (
        "Egypt bought 200,000 tonnes of U.S. No. 2 yellow corn.",
        &["country:egypt -buys-> country:united-states [asserted]"],
    ),
    (
        "Mexico bought 51,000 tonnes of U.S. number two yellow soybeans in an overnight tender.",
        &["country:mexico -buys-> country:united-states [asserted]"],
    ),
    // A plural's bare apostrophe is a possessive; refusing to accept is rejecting.
    (
        "Ruth Ames accepted the Tories' proposals.",
        &["person:ruth-ames -agrees-> org:uk-conservative-party [asserted]"],
    ),
    (
        "Ruth Ames accepted the Tories’ proposals.",
        &["person:ruth-ames -agrees-> org:uk-conservative-party [asserted]"],
    ),
    (
        "Ruth Ames refused to accept the Tories' proposals.",
        &["person:ruth-ames -rejects-> org:uk-conservative-party [asserted]"],
    ),
    (
        "Germany declined to accept France's offer.",
        &["country:germany -rejects-> country:france [asserted]"],
    ),
    // A person named in apposition to "his"/"her" and a noun, or to a description with a
    // capitalised possessor.
    (
        "The senator said Karl Vendrum had personally attacked his wife, Ruth Ames, and his father.",
        &["person:karl-vendrum -criticizes-> person:ruth-ames [reported]"],
    ),
    (
        "South Korea accused the North's leader, Kim Jong Un, of fanatic recklessness.",
        &["country:south-korea -accuses-> person:kim-jong-un [asserted]"],
    ),
    // Buying all of a company's assets and liabilities buys the company.
    (
        "Vantor Homes LP said it has acquired substantially all of the assets and liabilities of Palmora Savings and Loan Association.",
        &["org:vantor-homes-lp -buys-> org:palmora-savings-and-loan-association [reported]"],
    ),
    // A person's office as the one a speaker says should act.
    (
        "President Karl Vendrum spoke on Monday. Ruth Ames said the president must resign.",
        &["person:ruth-ames -appeals-> person:karl-vendrum [asserted]"],
    ),
    // Agreeing to help each other is mutual.
    (
        "France and Germany agreed to help each other.",
        &["country:france -agrees-> country:germany [asserted]"],
    ),
    // A company described in apposition acts, not a name inside the apposition.
    (
        "Vantor Corp, the Spanish subsidiary of Palmora Group, criticized Greece.",
        &["org:vantor-corp -criticizes-> country:greece [asserted]"],
    ),
    // Meeting opposition from someone is receiving it.
    (
        "Karl Vendrum has met opposition from Germany.",
        &["country:germany -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // Blaming something on someone accuses them.
    (
        "Israel blamed the attack on Hezbollah.",
        &["country:israel -accuses-> org:hezbollah [asserted]"],
    ),
    (
        "Karl Vendrum blamed the problems on the policies of Ruth Ames.",
        &["person:karl-vendrum -accuses-> person:ruth-ames [asserted]"],
    ),
    // An inquiry demanded of the one named after "by".
    (
        "Ruth Ames called for an independent inquiry by the Vantor Commission.",
        &["person:ruth-ames -demands-> org:vantor-commission [asserted]"],
    ),
];

/// Session 44: the agent's own "of" phrase names no target of an attack; the president is no
/// actor of his administration's deeds.
const NOT_RELATIONS_S44: &[(&str, &[&str])] = &[
    (
        "An attack by the army of Syria killed ten people.",
        &["-attacks-> country:syria"],
    ),
    (
        "Karl Vendrum was elected in 1980. The Vendrum administration imposed sanctions on Cuba in 1982.",
        &["person:karl-vendrum -sanctions->"],
    ),
    // An office no one named holds appeals to no one; a passive asks others to act.
    ("Ruth Ames said the president must resign.", &["-appeals->"]),
    (
        "President Karl Vendrum spoke on Monday. Ruth Ames said the president should be impeached.",
        &["-appeals->"],
    ),
    (
        "Vantor Corp, the Spanish subsidiary of Palmora Group, criticized Greece.",
        &["country:spain -criticizes->"],
    ),
    (
        "Industrial Equity, which is principally owned by Palmora Investments Ltd, a New Zealand firm, said it bought 5 pct of Vantor Corp.",
        &["org:palmora-investments-ltd -buys->"],
    ),
    // A payment each side makes apart is no agreement between them.
    (
        "Both Vantor Corp and Palmora Co, a Vantor supplier, agreed to pay penalties of 200,000 dlrs each to settle the charges.",
        &["-agrees->"],
    ),
    // A platform one blames on is where the words were published.
    (
        "Karl Vendrum blamed local officials on Twitter before the speech.",
        &["-accuses-> org:twitter"],
    ),
    // Not the actor's own party, nor a body whose name lacks the description's noun.
    (
        "Ivo Marsh, a Labour MP, spoke on Monday. He criticised the party for its silence.",
        &["-criticizes->"],
    ),
    (
        "The European Commission met on Monday. Washington asked the committee to confirm its view.",
        &["-appeals->"],
    ),
    // A participle after its noun, a passive: the subject sells nothing.
    (
        "The three plants sold to Palmora Corp last year by Vantor Industries Inc were old.",
        &["org:vantor-industries-inc -sells-> org:palmora-corp"],
    ),
    // Not after a verb of seeming, nor inside another phrase.
    (
        "Ruth Ames looks like Karl Vendrum and criticized Ivo Marsh.",
        &["person:karl-vendrum -criticizes->"],
    ),
    (
        "The agenda of groups like the Vantor Union angered Ruth Ames, who criticized Ivo Marsh.",
        &["org:vantor-union -criticizes->"],
    ),
];

#[test]
fn relations_s44_cases() {
    check_relation_lists(RELATIONS_S44, NOT_RELATIONS_S44);
}

/// Session 44: "<Surname> administration" is an organisation, unless a time or thing of it
/// follows or the name is a possessive ("President Vendrum's administration" names him).
const ENTITY_IDS_S44: &[(&str, &[&str])] = &[
    (
        "Karl Vendrum won in 1980. Critics accused the Vendrum administration of neglect.",
        &["org:vendrum-administration"],
    ),
    (
        "Karl Vendrum won in 1980. Farm incomes fell during the Vendrum administration years.",
        &["person:karl-vendrum", "!org:vendrum-administration"],
    ),
    (
        "Critics said President Karl Vendrum's administration had done little.",
        &["person:karl-vendrum", "!org:vendrum-administration"],
    ),
];

#[test]
fn entity_ids_s44_cases() {
    check_entity_ids(ENTITY_IDS_S44);
}

/// Session 44: a bare surname goes to the longer full name that a two-word full name of the
/// article shortens, not to the short form; a body's name of two words or more is the longer
/// name it opens before "for" or "of" (not a company's), or the same name with "and".
const MERGE_S44: &[(&str, &[&str])] = &[
    (
        "Sir Tomas Willer, the Tory backbencher, has died. Willer's party deselected him. Sir Tomas Edward James Willer was born in 1920.",
        &["Willer=person:tomas-edward-james-willer"],
    ),
    // A body's name cut before its "for"/"of" phrase, or written without "and".
    (
        "The Northfield Foundation for the Care of Victims of Torture said it was shocked. The Northfield Foundation has treated many victims.",
        &["Northfield Foundation=org:northfield-foundation-for-the-care-of-victims-of-torture"],
    ),
    (
        "MPs reported on the Rural Economic Social Research Council. Rural Economic and Social Research Council staff were shocked.",
        &["Rural Economic Social Research Council=org:rural-economic-and-social-research-council"],
    ),
    // A company's "of <place>" names a subsidiary.
    (
        "Vantor Foods Corp said its unit Vantor Foods Corp of Canada Ltd would close. Vantor Foods Corp shares fell.",
        &["Vantor Foods Corp=org:vantor-foods-corp"],
    ),
];

#[test]
fn merge_s44_cases() {
    check_merges(MERGE_S44);
}

/// Session 45: rows for the forty-fifth session's rules, one line each.
const RELATIONS_S45: &[(&str, &[&str])] = &[
    // An intended vote is support: a modal of intent may stand before "vote for".
    (
        "Ruth Ames said she would rather vote for Ivo Marsh than Karl Vendrum.",
        &["person:ruth-ames -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "Ruth Ames said she would vote for Ivo Marsh.",
        &["person:ruth-ames -supports-> person:ivo-marsh [asserted]"],
    ),
    (
        "\"I'll vote for Ivo Marsh,\" said Ruth Ames.",
        &["person:ruth-ames -supports-> person:ivo-marsh [asserted]"],
    ),
    // An epithet object ("the nominee", "the front-runner", "the Manhattan billionaire") is
    // the person named before it; a party in it must be the person's.
    (
        "GOP nominee Karl Vendrum spoke on Monday. Ruth Ames lashed out at the GOP nominee on Facebook.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Karl Vendrum won Ohio on Tuesday. Ruth Ames and Ivo Marsh urged the Manhattan billionaire to release his taxes.",
        &[
            "person:ruth-ames -appeals-> person:karl-vendrum [asserted]",
            "person:ivo-marsh -appeals-> person:karl-vendrum [asserted]",
        ],
    ),
    (
        "Republican Senator Karl Vendrum won Ohio on Tuesday. Ruth Ames denounced the presumptive Republican nominee.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // "shoot down"; a count before a demonym and its forces' craft or posts.
    (
        "Turkey shot down a Russian warplane near the border.",
        &["country:turkey -attacks-> country:russia [asserted]"],
    ),
    (
        "Four American frigates shelled and destroyed two Iranian platforms on Monday.",
        &["country:united-states -attacks-> country:iran [asserted]"],
    ),
    // A verb of naming judges the author of a deed named with it: "the Tory plans", "as".
    (
        "Ivo Marsh branded the Tory plans as \"fantasy economics\".",
        &["person:ivo-marsh -criticizes-> org:uk-conservative-party [asserted]"],
    ),
    (
        "Ivo Marsh called the Labour policy unworkable.",
        &["person:ivo-marsh -criticizes-> org:uk-labour-party [asserted]"],
    ),
    (
        "Ruth Ames called the DNC's suspension \"arbitrary.\"",
        &["person:ruth-ames -criticizes-> org:dnc [asserted]"],
    ),
    // A department after a party is the portfolio of the party's spokesman.
    (
        "Britain's Lib Dem Treasury spokesman Ivo Marsh said Labour had failed.",
        &["person:ivo-marsh -member_of-> org:liberal-democrats [asserted]"],
    ),
    // Threats, warnings and sanctions received "from" someone are theirs.
    (
        "Israel faces growing threats from Iran.",
        &["country:iran -threatens-> country:israel [asserted]"],
    ),
    (
        "Karl Vendrum received a warning from Ruth Ames.",
        &["person:ruth-ames -warns-> person:karl-vendrum [asserted]"],
    ),
    (
        "Cuba faced sanctions from Washington for decades.",
        &["country:united-states -sanctions-> country:cuba [asserted]"],
    ),
    // "the MPs' committee": a body of the people a plural possessive names.
    (
        "The Commons home affairs committee said the plans were flawed. The Tories agreed. Labour disagreed. But Liberal Democrat spokesman Ivo Marsh warned the MPs' committee that binding judges might look like interference.",
        &["person:ivo-marsh -warns-> org:home-affairs-committee [asserted]"],
    ),
];

/// Session 45: what the forty-fifth session's rules must not give.
const NOT_RELATIONS_S45: &[(&str, &[&str])] = &[
    (
        "Ruth Ames said she would not vote for Ivo Marsh.",
        &["person:ruth-ames -supports->"],
    ),
    (
        "Ruth Ames said she would never vote for Ivo Marsh.",
        &["person:ruth-ames -supports->"],
    ),
    // A modal before a liking is a wish, not praise.
    (
        "Ruth Ames said she would like Ivo Marsh to resign.",
        &["person:ruth-ames -praises->"],
    ),
    // An epithet is none of the actors, none of another party, and no one yet when
    // "whoever" it may be.
    (
        "Karl Vendrum won Ohio on Tuesday. Ruth Ames and Ivo Marsh urged the Manhattan billionaire to release his taxes.",
        &["person:ivo-marsh -appeals-> person:ruth-ames"],
    ),
    (
        "GOP nominee Karl Vendrum spoke on Monday. Ruth Ames criticized the Democratic nominee.",
        &["person:ruth-ames -criticizes->"],
    ),
    (
        "Karl Vendrum spoke on Monday. Ruth Ames said she would support the nominee, whoever that is.",
        &["person:ruth-ames -supports->"],
    ),
    // With the actor a pronoun, an epithet naming one of the sentence's own people is too
    // uncertain ("he" was read as Vendrum, the nominee would then be Ames).
    (
        "Voters saw a clip of Ruth Ames after Karl Vendrum said he will support the Republican nominee.",
        &["person:karl-vendrum -supports->"],
    ),
    // "asked X about", a quoted question before "asked": no appeal.
    (
        "Karl Vendrum spoke on Monday. Ruth Ames asked the GOP front-runner about the kerfuffle.",
        &["person:ruth-ames -appeals->"],
    ),
    (
        "\"Did you know?\" Ruth Ames asked Karl Vendrum.",
        &["person:ruth-ames -appeals->"],
    ),
    (
        "Britain's Lib Dem Treasury spokesman Ivo Marsh said Labour had failed.",
        &["person:ivo-marsh -member_of-> org:hm-treasury"],
    ),
    // A shadow minister is not the minister.
    (
        "Shadow home secretary Karl Vendrum spoke on Monday. Ruth Ames attacked the home secretary.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum"],
    ),
    // An outlet's reporter or anchor is not the outlet.
    (
        "The Fox News Channel blonde, a debate co-moderator, unloaded on Karl Vendrum with a question.",
        &["org:fox-news -criticizes->"],
    ),
    (
        "Karl Vendrum was accused by a female Breitbart reporter of grabbing her.",
        &["org:breitbart -accuses->"],
    ),
    // A service each subject gives a third party is no agreement between them.
    (
        "Ruth Ames, Ivo Marsh and Karl Vendrum have agreed to perform consulting services for the company.",
        &["person:ruth-ames -agrees->", "person:ivo-marsh -agrees->"],
    ),
    (
        "Norway, Egypt and Mexico agreed to help OPEC by restraining exports.",
        &["country:norway -agrees->", "country:egypt -agrees->"],
    ),
];

#[test]
fn relations_s45_cases() {
    check_relation_lists(RELATIONS_S45, NOT_RELATIONS_S45);
}

/// Session 45: a generational suffix is no surname: "Vendrum" is "Karl Vendrum Jr".
const MERGE_S45: &[(&str, &[&str])] = &[
    (
        "Judge Karl Vendrum Jr ruled on Monday. Mr Vendrum said the law was clear. Critics attacked Vendrum.",
        &["Vendrum=person:karl-vendrum-jr"],
    ),
    (
        "Justice Ivo A. Marsh Jr. wrote the opinion. Justice Marsh said the law was clear. Ivo Marsh is a conservative.",
        &[
            "Marsh=person:ivo-a-marsh-jr",
            "Ivo Marsh=person:ivo-a-marsh-jr",
        ],
    ),
    // A word that is no given name glued before a full name the article also writes alone.
    (
        "Making Karl Vendrum leader was a mistake, said Ruth Ames. Karl Vendrum denied it.",
        &["Making Karl Vendrum=person:karl-vendrum"],
    ),
    (
        "Supervisor Ruth Ames spoke on Monday. Ruth Ames said the vote was fair.",
        &["Supervisor Ruth Ames=person:ruth-ames"],
    ),
    // One word for a company named by it and its trade ("Energy", "Networks").
    (
        "Shares in Vantor Energy have jumped 6%. Vantor said drilling had gone well. Vantor's share price rose 300% last year.",
        &["Vantor=org:vantor-energy"],
    ),
    (
        "Shares in Vantor Networks fell. Vantor's shares fell 5%. Vantor said sales rose.",
        &["Vantor=org:vantor-networks"],
    ),
    // Of two longer names that differ by a legal form only, the longer.
    (
        "Ostrel Group Corp said it would sell. Ostrel Group said profits fell. Ostrel's shares rose.",
        &["Ostrel=org:ostrel-group-corp"],
    ),
];

#[test]
fn merge_s45_cases() {
    check_merges(MERGE_S45);
}

/// Session 45: "Mrs <Surname>" is not the known man of that surname when no woman of the
/// family is named in full; with one named ("Cherie Blair"), it is her.
const ENTITY_IDS_S45: &[(&str, &[&str])] = &[
    (
        "Tony Blair spoke. Mrs Blair left.",
        &["person:tony-blair", "person:blair"],
    ),
    (
        "Tony Blair's wife Cherie spoke. Cherie Blair said she was sure. Mrs Blair left.",
        &["person:tony-blair", "person:cherie-blair", "!person:blair"],
    ),
];

#[test]
fn entity_ids_s45_cases() {
    check_entity_ids(ENTITY_IDS_S45);
}

/// Session 46: rows for the forty-sixth session's rules, one line each.
const RELATIONS_S46: &[(&str, &[&str])] = &[
    // A loan's amount may come between the noun and its recipient.
    (
        "Japan extended a loan of 300 mln dlrs to Kenya.",
        &["country:japan -aids-> country:kenya [asserted]"],
    ),
    (
        "Japan extended a credit of about five bln yen to Kenya.",
        &["country:japan -aids-> country:kenya [asserted]"],
    ),
    // A participle after a comma has the main clause's subject, even after its verb.
    (
        "Ruth Ames spoke on Monday, telling Karl Vendrum to leave the room.",
        &["person:ruth-ames -demands-> person:karl-vendrum [asserted]"],
    ),
    // Rejecting or denying a speech act leaves the act standing.
    (
        "Karl Vendrum rebuffed recent U.S. criticism of Japan, saying the bank had helped.",
        &["country:united-states -criticizes-> country:japan [asserted]"],
    ),
    (
        "Japan denied U.S. accusations against Kenya.",
        &["country:united-states -accuses-> country:kenya [asserted]"],
    ),
    // More verbs of criticism, support and rejection.
    (
        "Ruth Ames piled on Karl Vendrum after the debate.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ruth Ames championed Karl Vendrum in the primary.",
        &["person:ruth-ames -supports-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ruth Ames pushed back against Karl Vendrum on Monday.",
        &["person:ruth-ames -rejects-> person:karl-vendrum [asserted]"],
    ),
    (
        "Ruth Ames spurned Karl Vendrum.",
        &["person:ruth-ames -rejects-> person:karl-vendrum [asserted]"],
    ),
    // A lease is a signed document; a participle clause after the partner is about it.
    (
        "Vantor Corp has signed a 12-year lease with Citicorp covering its new plant.",
        &["org:vantor-corp -signs-> org:citicorp [asserted]"],
    ),
    (
        "Vantor Corp signed two letters of intent with Kenya covering the setting up of a plant.",
        &["org:vantor-corp -signs-> country:kenya [asserted]"],
    ),
    // "merge with" a described company; a passive at the text's very start.
    (
        "Vantor Corp will merge with state oil firm Rosneft.",
        &["org:vantor-corp -cooperates-> org:rosneft [intended]"],
    ),
    (
        "Telefonica was bought by Vodafone.",
        &["org:vodafone -buys-> org:telefonica [asserted]"],
    ),
    // Agreeing to a proposal agrees with its maker, as accepting it does.
    (
        "Vantor Corp agreed to a takeover offer from Ostrel Group.",
        &["org:vantor-corp -agrees-> org:ostrel-group [asserted]"],
    ),
    (
        "Kenya agreed to Japan's proposal for a joint venture.",
        &["country:kenya -agrees-> country:japan [asserted]"],
    ),
    // A person's name right after a description of a person is the object.
    (
        "Ruth Ames repeatedly criticized the Republican front-runner Karl Vendrum on trade.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // A request after the colon still asks.
    (
        "Ruth Ames asked Karl Vendrum: “Please resign.”",
        &["person:ruth-ames -appeals-> person:karl-vendrum [asserted]"],
    ),
];

/// Session 46: what the same rules must not give.
const NOT_RELATIONS_S46: &[(&str, &[&str])] = &[
    // Telling someone about something demands nothing.
    (
        "Ruth Ames spoke on Monday, telling Karl Vendrum about the plan.",
        &["person:ruth-ames -demands->"],
    ),
    // A champion before a name is a title, no verb.
    (
        "Kenya's Olympic champion Ruth Ames won the race.",
        &["country:kenya -supports->"],
    ),
    // A quoted question after "asked X:" is a question, no appeal.
    (
        "In court, Ruth Ames asked Karl Vendrum: “You would lie to win, isn't that right?”",
        &["person:ruth-ames -appeals->"],
    ),
    // Refusing to make a speech act is no act.
    (
        "Japan refused to issue threats against Kenya.",
        &["country:japan -threatens->"],
    ),
    // "of" and no amount: no loan's recipient.
    (
        "Japan extended a loan of its own to the company in Kenya.",
        &["country:japan -aids->"],
    ),
];

#[test]
fn relations_s46_cases() {
    check_relation_lists(RELATIONS_S46, NOT_RELATIONS_S46);
}

/// Session 46: "Corp of" and a country is a company's full name; "X Corp" and "X" stand for
/// "X Corp of America", unless the article writes "X Corp" with a seat of its own.
const MERGE_S46: &[(&str, &[&str])] = &[
    (
        "Vantor Corp of America said it would sell its unit. Vantor Corp said profits rose.",
        &["Vantor Corp=org:vantor-corp-of-america"],
    ),
    (
        "Vantor Corp of America said profits rose. Vantor said it would sell the unit.",
        &["Vantor=org:vantor-corp-of-america"],
    ),
    (
        "Ostrel Corp of Tokyo formed a venture with Vantor. Sales will go through Ostrel Corp of America, a Chicago-based unit.",
        &["Ostrel Corp!=org:ostrel-corp-of-america"],
    ),
    // An acronym spells a body's name past the country opening it.
    (
        "The U.S. National Federation of Tile Growers (NFTG) opposed the plan. NFTG officials met on Monday.",
        &["NFTG=org:us-national-federation-of-tile-growers"],
    ),
    (
        "The U.S. Federal Tile Board ruled on Monday. The FTB said the duties would stay.",
        &["FTB=org:us-federal-tile-board"],
    ),
];

#[test]
fn merge_s46_cases() {
    check_merges(MERGE_S46);
}

/// Session 46: company names that end in "of" and a place.
const ENTITY_IDS_S46: &[(&str, &[&str])] = &[
    (
        "The State Trading Corp of Kenya bought 20,000 tonnes of sugar.",
        &["org:state-trading-corp-of-kenya", "!org:state-trading-corp"],
    ),
    // A city after "Corp of" is the seat; so is a country after "Co of" (but "Co of America").
    (
        "Vexa Corp of Tokyo said it bought the plant.",
        &["org:vexa-corp", "!org:vexa-corp-of-tokyo"],
    ),
    (
        "Ostrel Life Insurance Co of Japan bought the stake.",
        &["org:ostrel-life-insurance-co", "country:japan"],
    ),
    // A place ending a known body's name is no mention of its own once a legal form
    // lengthens the name.
    (
        "Bank of America Corp said the unit was sold.",
        &["org:bank-of-america", "!country:united-states"],
    ),
    // A trade noun before an unknown name ("bank", "winemaker", "grocer"); a capitalised
    // "Bank" ends a body's name and describes nothing.
    ("Dutch bank Veldhaus has cut 300 jobs.", &["org:veldhaus"]),
    (
        "Ostrel has bought a large stake in Australian winemaker Quorvel.",
        &["org:quorvel"],
    ),
    (
        "The new head of the Bank, Ruth Ames, has said this.",
        &["person:ruth-ames", "!org:ruth-ames"],
    ),
    (
        "Separately, the Bank of England said rates would rise.",
        &["!org:separately"],
    ),
    // A demonym before a name with a head and its "of" complement inside.
    (
        "Canadian Imperial Bank of Commerce said it would sell its unit.",
        &["org:canadian-imperial-bank-of-commerce", "!country:canada"],
    ),
    (
        "The Iraqi Ministry of Oil said output rose.",
        &["org:iraqi-ministry-of-oil"],
    ),
];

#[test]
fn entity_ids_s46_cases() {
    check_entity_ids(ENTITY_IDS_S46);
}

/// Session 46: an article that names no country is about its outlet's home, so a bare
/// "Parliament" is that country's; a wire agency has no home, and a country named in the
/// text still wins.
#[test]
fn outlet_home_country_s46() {
    let text =
        "Anglers could be prosecuted, MPs warned. The bill will go to Parliament next month.";
    let ids = |source: Option<&str>, text: &str| -> Vec<String> {
        let mut a = Article::from_text("case", text);
        a.meta.source = source.map(str::to_string);
        analyze_article(&a)
            .entities
            .iter()
            .map(|e| e.id.clone())
            .collect()
    };
    assert!(ids(Some("BBC News"), text).contains(&"org:uk-parliament".to_string()));
    assert!(!ids(None, text).iter().any(|id| id.ends_with("parliament")));
    assert!(
        !ids(Some("Reuters"), text)
            .iter()
            .any(|id| id.ends_with("parliament"))
    );
    let with_country = "Kenya's ministers spoke. The bill will go to Parliament next month.";
    let got = ids(Some("BBC News"), with_country);
    assert!(!got.contains(&"org:uk-parliament".to_string()), "{got:?}");
}

/// Session 47: a description naming what was said's subject after a reporting verb; stance
/// words linked by "being" or written in quote marks.
const RELATIONS_S47: &[(&str, &[&str])] = &[
    (
        "The Asian Development Bank approved a loan for Pakistan. An official said the bank was also likely to extend a credit line to Indonesia.",
        &["org:asian-development-bank -aids-> country:indonesia [hypothetical]"],
    ),
    // "being" after a form of "be" links a judgement to its subject.
    (
        "Ruth Ames said Karl Vendrum was being hypocritical.",
        &["person:ruth-ames -criticizes-> person:karl-vendrum [asserted]"],
    ),
    // A judgement in quote marks after a verb of naming; "smart" praises.
    (
        "Ruth Ames called Karl Vendrum “a real smart guy.”",
        &["person:ruth-ames -praises-> person:karl-vendrum [asserted]"],
    ),
    // A fine or penalty imposed on a named body is an administrative sanction.
    (
        "The Securities and Exchange Commission imposed a fine on Vexa Corp.",
        &["org:sec -sanctions-> org:vexa-corp [asserted]"],
    ),
    // An act someone is urged to do is not done (the appeal is).
    (
        "The Senate urged President Reagan to impose sanctions on Japan.",
        &[
            "org:us-senate -appeals-> person:ronald-reagan [asserted]",
            "person:ronald-reagan -sanctions-> country:japan [hypothetical]",
        ],
    ),
    // Opening, starting or resuming talks is holding them; after "called on X to" X does.
    (
        "France called on Canada to open talks with Spain.",
        &["country:canada -negotiates-> country:spain [hypothetical]"],
    ),
    // A person's office after "his"/"her" stands for the one holding it.
    (
        "Chancellor Karl Vendrum set out his plans. Ruth Ames praised her chancellor for his role.",
        &["person:ruth-ames -praises-> person:karl-vendrum [asserted]"],
    ),
    // A name ending in a place is one conjunct of a coordinated subject.
    (
        "Bank of Kenya and Vexa Corp have agreed to merge.",
        &["org:bank-of-kenya -cooperates-> org:vexa-corp [intended]"],
    ),
    // "described X's decision as unjustified": a verb of naming, the judgement after "as".
    (
        "The French foreign ministry described Canada's decision as unjustified.",
        &["org:french-foreign-ministry -criticizes-> country:canada [asserted]"],
    ),
    // ... but "asked why X decided to" asks nothing of X.
    (
        "When asked why Ted Cruz decided to go after Donald Trump, Tyler said nothing.",
        &["person:ted-cruz -criticizes-> person:donald-trump [intended]"],
    ),
];

/// Session 47: the speaker of a reporting verb is not the subject of what was said.
const NOT_RELATIONS_S47: &[(&str, &[&str])] = &[
    (
        "The Asian Development Bank approved a loan for Pakistan. The bank's president said, in Manila, the government was likely to extend a credit line to Indonesia.",
        &["org:asian-development-bank -aids-> country:indonesia"],
    ),
    // The one called on to open talks holds them, not the caller.
    (
        "France called on Canada to open talks with Spain.",
        &["country:france -negotiates->"],
    ),
    // "being" with no form of "be" before it is a gerund, no predicate.
    (
        "Ruth Ames said talk of Karl Vendrum being hypocritical was a myth.",
        &["person:ruth-ames -criticizes->"],
    ),
];

#[test]
fn relations_s47_cases() {
    check_relation_lists(RELATIONS_S47, NOT_RELATIONS_S47);
}

/// Session 47: short names of companies whose full name ends in a trade word or "& Sons",
/// and other spellings of known bodies.
const MERGE_S47: &[(&str, &[&str])] = &[
    (
        "Analysts at Brennick Research said sales rose. Brennick said the market would grow.",
        &["Brennick=org:brennick-research"],
    ),
    (
        "Shares in Harlow Vale Stores fell. Harlow Vale said profits fell.",
        &["Harlow Vale=org:harlow-vale-stores"],
    ),
    (
        "Bob Smith, an analyst at Dunmore Edwards & Sons, said sales fell. Dunmore Edwards said it expects more.",
        &["Dunmore Edwards=org:dunmore-edwards-sons"],
    ),
    (
        "The North Atlantic Treaty Organisation met in Brussels.",
        &["North Atlantic Treaty Organisation=org:nato"],
    ),
    (
        "Airbus Industrie said it sold 10 jets.",
        &["Airbus Industrie=org:airbus"],
    ),
    // Two bodies open with the word: the trade word ends neither's short name.
    (
        "Shares in Harlow Vale Stores fell. Shares in Harlow Vale Energy rose. Harlow Vale said profits fell.",
        &[
            "Harlow Vale!=org:harlow-vale-stores",
            "Harlow Vale!=org:harlow-vale-energy",
        ],
    ),
];

#[test]
fn merge_s47_cases() {
    check_merges(MERGE_S47);
}

/// Session 47: an inverted "Said" opening the sentence is the verb only before a known given
/// name; "Said" as a given name stays.
const ENTITY_IDS_S47: &[(&str, &[&str])] = &[
    (
        "The home became a museum. Said Dorothy Quell, “We were all so proud of him.”",
        &["person:dorothy-quell", "!person:said-dorothy-quell"],
    ),
    (
        "Said Jalili, Iran's negotiator, said the talks failed.",
        &["person:said-jalili"],
    ),
    // Two names that end in the same head word, joined by "and", are two bodies; a name
    // that goes on with a head word after "and" is one.
    (
        "The two lenders were Vexa Bank and Ostrel Bank.",
        &["org:vexa-bank", "org:ostrel-bank"],
    ),
    (
        "Shares in Ostrel Bank and Trust Co rose.",
        &["org:ostrel-bank-and-trust-co"],
    ),
    // "Iberia" in the news is Spain's airline; the region is the Iberian Peninsula.
    (
        "Staff at the state airline Iberia went on strike.",
        &["org:iberia", "!loc:iberian-peninsula"],
    ),
];

#[test]
fn entity_ids_s47_cases() {
    check_entity_ids(ENTITY_IDS_S47);
}
