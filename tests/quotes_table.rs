//! Quote attribution, one line per case: a sentence written for these tests, the speaker
//! entity it must give (or none) and the exact content.

use newsgraph::Analysis;
use newsgraph::article::Article;
use newsgraph::pipeline::Pipeline;

fn analyze(text: &str) -> Analysis {
    thread_local! {
        static P: Pipeline = Pipeline::builtin().unwrap();
    }
    let a = Article::from_text("case", text);
    P.with(|p| p.analyze(&a))
}

/// (text, speaker entity id, exact content): some quote of the text must have both.
const CASES: &[(&str, Option<&str>, &str)] = &[
    // A pronoun and a reporting verb closing the sentence after a comma attribute all of it,
    // a cue inside the clause included.
    (
        "Finance minister Tomas Arvel spoke in Lima. Officials think that the plan will fail, he added.",
        Some("person:tomas-arvel"),
        "Officials think that the plan will fail",
    ),
    (
        "Finance minister Tomas Arvel spoke in Lima. It is hard to believe that prices will fall, he said.",
        Some("person:tomas-arvel"),
        "It is hard to believe that prices will fall",
    ),
    // "The prime minister said" with no holder stated in the text: the one leader named
    // before whose lexicon title is exactly that office; two such leaders give none.
    (
        "Tony Blair toured a hospital in Leeds on Friday. The prime minister said waiting lists would fall.",
        Some("person:tony-blair"),
        "waiting lists would fall",
    ),
    (
        "Tony Blair and Gordon Brown toured a hospital in Leeds. The prime minister said waiting lists would fall.",
        None,
        "waiting lists would fall",
    ),
    // A title after a title modifier is an office, not a speaker's name, even when "he
    // said" follows.
    (
        "But the outgoing Nordic Commissioner said the talks had failed. He said a deal was still possible.",
        None,
        "the talks had failed",
    ),
    // "the <body> <title> said": the holder stated with that body, not the last holder.
    (
        "Mark Dunmore, the Labour leader, met Lisa Kerr, the Tory leader. The Labour leader said the vote was rigged.",
        Some("person:mark-dunmore"),
        "the vote was rigged",
    ),
    (
        "Conservative leader Mark Dunmore spoke in Leeds. Lisa Kerr, the Labour leader, spoke in Hull. The Tory leader said the vote was rigged.",
        Some("person:mark-dunmore"),
        "the vote was rigged",
    ),
    // A participle's subject opened by titles: the person after them.
    (
        "Senator Mark Dunmore attacked Governor Lisa Kerr, calling the plan a disaster.",
        Some("person:mark-dunmore"),
        "the plan a disaster",
    ),
    (
        "Dr Lisa Kerr met the board on Monday, saying the hospital would stay open.",
        Some("person:lisa-kerr"),
        "the hospital would stay open",
    ),
    // "The government said": the one country named before.
    (
        "Japan's trade surplus widened in March. The government said exports rose 5 pct.",
        Some("country:japan"),
        "exports rose 5 pct",
    ),
    // After "told", the hearer's programme or paper belongs to the hearer, not to what
    // was said.
    (
        "Omar Haddad told Harbour Radio 5's Morning programme the strike would end soon.",
        Some("person:omar-haddad"),
        "the strike would end soon",
    ),
    (
        "Omar Haddad told the Daily Ledger's Weekend magazine the merger was off.",
        Some("person:omar-haddad"),
        "the merger was off",
    ),
    // A long body name before "has said" is one subject (a name counts as one word, an
    // abbreviation in brackets as none).
    (
        "Rents rose sharply across the north in the spring, the Office of the Deputy Prime Minister (ODPM) has said.",
        Some("org:office-of-the-deputy-prime-minister"),
        "Rents rose sharply across the north in the spring",
    ),
    // "a spokesman said" right after "a <body> spokesman said" (also misspelt) is that body's.
    (
        "A Norvale Bank spokesman said the branch would close. \"We are sorry to leave the town,\" a spokesman said.",
        Some("org:norvale-bank"),
        "We are sorry to leave the town,",
    ),
    (
        "A Norvale Bank spokeman said the branch would close. \"We are sorry to leave the town,\" a spokesman said.",
        Some("org:norvale-bank"),
        "We are sorry to leave the town,",
    ),
    // Cataphora: "its chief executive" is the person named after it with that title.
    (
        "Brenton Steel could cut 3,000 jobs over two years, its chief executive has said. The firm hopes to finish its merger in May. Chief executive Omar Haddad told investors the plan was sound.",
        Some("person:omar-haddad"),
        "Brenton Steel could cut 3,000 jobs over two years",
    ),
    // People named by whom they stand beside speak for themselves, not for that person.
    (
        "Allies of Governor Omar Haddad said he would run again.",
        None,
        "he would run again",
    ),
    (
        "Supporters of Senator Nadia Karim say she has ignored the farmers.",
        None,
        "she has ignored the farmers",
    ),
    (
        "An aide to Senator Omar Haddad said the bill would pass.",
        None,
        "the bill would pass",
    ),
    // ... but the person named as the subject still speaks.
    (
        "Governor Omar Haddad, an ally of the mayor, said he would run again.",
        Some("person:omar-haddad"),
        "he would run again",
    ),
    // "It said" goes on with the company that is a subject, not one named in passing after it.
    (
        "Ferrow Mining Corp said it sold its stake in Halden Bank Ltd. The sale was completed on Monday after a long delay. It said the sale raised 40 mln dlrs.",
        Some("org:ferrow-mining-corp"),
        "the sale raised 40 mln dlrs",
    ),
    // "He" right after an unnamed spokesman's words is that spokesman (his body), not the
    // person named before.
    (
        "Chief executive Tomas Brandt resigned on Monday. A Ferrow Mining Corp spokesman said the board would meet on Friday. He said a successor would be named in May.",
        Some("org:ferrow-mining-corp"),
        "a successor would be named in May",
    ),
    // ... and with no body found for the spokeswoman, nobody rather than the person named.
    (
        "Jane Okafor, chair of Tellwater Holdings, resigned. A company spokeswoman said the board regretted the move. She added that the search for a successor had begun.",
        None,
        "the search for a successor had begun",
    ),
    // "They" is not a body named in the words they say.
    (
        "Dealers expect little change in demand. Copper prices will fall as the Zembla Mining Board cuts output, they said.",
        None,
        "Copper prices will fall as the Zembla Mining Board cuts output",
    ),
    // A subject of common nouns after a comma speaks, not a country in the clause before it.
    (
        "If Peru stops paying interest, the analysts said the banks would lose heavily.",
        None,
        "the banks would lose heavily",
    ),
    // A transcript turn opened by a quote mark: the capitalised label is the person of that
    // surname, and the turn is one quote (not what the unclosed quote marks made of it).
    (
        "Senator Nadia Karim spoke on Sunday.\n\n\"HOST: Will you run again next year?\n\n\"KARIM: We will decide that in the spring, after the harvest.\n",
        Some("person:nadia-karim"),
        "We will decide that in the spring, after the harvest",
    ),
    // A progressive is no passive: the object after `is promising` is what was promised.
    (
        "Omar Haddad is promising to cut taxes for farmers.",
        Some("person:omar-haddad"),
        "to cut taxes for farmers",
    ),
    // A participle after `X said,` has X as its subject, not a name inside the quote.
    (
        "\"Nadia Karim will lose the vote,\" Omar Haddad said, adding that the count was fair.",
        Some("person:omar-haddad"),
        "the count was fair",
    ),
    // Verbs that report only with their preposition: `referred to X`, `spoke about X`.
    (
        "Omar Haddad referred to the new budget.",
        Some("person:omar-haddad"),
        "the new budget",
    ),
    (
        "Omar Haddad spoke about the drought in the north.",
        Some("person:omar-haddad"),
        "the drought in the north",
    ),
    (
        "\"Nadia Karim will lose the vote,\" Omar Haddad said, referring to the rival candidate.",
        Some("person:omar-haddad"),
        "the rival candidate",
    ),
    // An object ends before `, and` opening a clause of its own, not before a second verb.
    (
        "Omar Haddad praised the new budget, and the farmers were pleased with it.",
        Some("person:omar-haddad"),
        "the new budget",
    ),
    (
        "Omar Haddad wants the army to stay, and keep the bases that were built last year.",
        Some("person:omar-haddad"),
        "the army to stay, and keep the bases that were built last year",
    ),
    // A relative pronoun before the verb stands for the phrase before it.
    (
        "Crowds cheered Omar Haddad, who has repeatedly said the troops would come home.",
        Some("person:omar-haddad"),
        "the troops would come home",
    ),
    // ... and for no entity when that phrase names none.
    (
        "Omar Haddad won most voters who said the troops should stay.",
        None,
        "the troops should stay",
    ),
    // Hard-wrapped wire copy whose dateline was cut: a short first line still runs on into
    // the name on the next line, and a two-word surname is the person named in full.
    (
        "Fisheries Minister Paulo\nVan Dessel said the quota talks with the neighbouring states\nwould resume after the holiday.\n    Van Dessel, who spoke to reporters on Monday,\nsaid the fleet would stay in port until then.",
        Some("person:paulo-van-dessel"),
        "the fleet would stay in port until then",
    ),
    // Staff named only as such speak for their organisation.
    (
        "Analysts at the Northern Policy Institute said the ceasefire was fragile.",
        Some("org:northern-policy-institute"),
        "the ceasefire was fragile",
    ),
    // Surnames joined by "and": the first named speaks (one speaker per quote).
    (
        "Union leader Nadia Karim met Omar Haddad, a lawyer, on Monday. Karim and Haddad said the talks had failed.",
        Some("person:nadia-karim"),
        "the talks had failed",
    ),
    // A quote ending its sentence, attributed by the short sentence after it.
    (
        "Nadia Karim spoke to the crowd. \"We need a smarter council, and we need it now!\" Karim said on Tuesday.",
        Some("person:nadia-karim"),
        "We need a smarter council, and we need it now!",
    ),
    // ... but not by a sentence reporting something else.
    (
        "Nadia Karim met Omar Haddad on Monday. \"The council has failed the city.\" Haddad said the vote would be close.",
        None,
        "The council has failed the city.",
    ),
    // `CLAUSE in the polls`: what the polls show, the polls as source.
    (
        "Nadia Karim holds a narrow lead over the mayor in the latest polls.",
        None,
        "Nadia Karim holds a narrow lead over the mayor",
    ),
    // `hopes to X`: the infinitive is the content.
    (
        "Omar Haddad hopes to visit the northern province next month.",
        Some("person:omar-haddad"),
        "to visit the northern province next month",
    ),
    // An unnamed spokesman or official of a named body speaks for it; "the spokesman" later
    // is the same body's.
    (
        "A Federal Reserve spokesman said rates would stay. The spokesman said markets were calm.",
        Some("org:federal-reserve"),
        "markets were calm",
    ),
    (
        "\"We will not pay,\" said a Home Office spokeswoman.",
        Some("org:uk-home-office"),
        "We will not pay,",
    ),
    (
        "A Kenyan official said the border would reopen.",
        Some("country:kenya"),
        "the border would reopen",
    ),
    // A surname opening a sentence before a relative clause links back to the full name.
    (
        "Omar Haddad spoke on Monday. Haddad, who ran the port for ten years, said the cranes were old.",
        Some("person:omar-haddad"),
        "the cranes were old",
    ),
    // A bare title after modifiers is an apposition: the name before it is a person.
    (
        "\"Prices will rise,\" Dana Whitlow, senior UK analyst at Brightline Capital, said.",
        Some("person:dana-whitlow"),
        "Prices will rise,",
    ),
    (
        "\"Time is short,\" said Lin Mei-hua, economist at Tunghai University.",
        Some("person:lin-mei-hua"),
        "Time is short,",
    ),
    // "The company said": the last company named before it, not a regulator named in passing.
    (
        "Vantor Industries Inc filed with the Securities and Exchange Commission on Monday. The company said it would buy back shares.",
        Some("org:vantor-industries-inc"),
        "it would buy back shares",
    ),
    // "It said": the company named last before it, not a country named after it.
    (
        "Vantor Industries Inc raised its dividend on Monday. It said profits rose in the third quarter.",
        Some("org:vantor-industries-inc"),
        "profits rose in the third quarter",
    ),
    (
        "Vantor Industries Inc sells pumps to Peru. It said profits rose in the third quarter.",
        None,
        "profits rose in the third quarter",
    ),
    // "They" after "<country> officials": that country.
    (
        "Peruvian officials met the bankers on Monday. They said the loan would be repaid.",
        Some("country:peru"),
        "the loan would be repaid",
    ),
    // ... but not officials named in the clause the pronoun attributes.
    (
        "Peruvian officials were selling the bonds cheaply, they said on Monday.",
        None,
        "Peruvian officials were selling the bonds cheaply",
    ),
    // Hard-wrapped wire copy: paragraphs open with an indent and run on over lines with none.
    (
        "    The bank raised rates on Monday.\n    \"We do not expect a sudden rise in prices,\" Tomas Berger,\nthe head of the bank, told reporters.\n",
        Some("person:tomas-berger"),
        "We do not expect a sudden rise in prices,",
    ),
    // "The chancellor said" when no one is given that title: the person quoted last.
    (
        "Omar Haddad told supporters the vote was close. The chancellor said the budget was safe.",
        Some("person:omar-haddad"),
        "the budget was safe",
    ),
    // ... also after a place (`the Vermont senator`), but not when the article gives that
    // person only another title.
    (
        "Omar Haddad told supporters the vote was close. The Ohio senator said the budget was safe.",
        Some("person:omar-haddad"),
        "the budget was safe",
    ),
    (
        "Prime Minister Omar Haddad told supporters the vote was close. The chancellor said the budget was safe.",
        None,
        "the budget was safe",
    ),
    // ... and a title with another office before it (`shadow chancellor`) is not that title.
    (
        "Omar Haddad told supporters the vote was close. He said the cuts proposed by shadow chancellor Nadia Karim were too deep. The chancellor promised to keep taxes low.",
        Some("person:omar-haddad"),
        "to keep taxes low",
    ),
    // ... nor is a person named two sentences or more before it.
    (
        "Omar Haddad told supporters the vote was close. The rain stopped. The crowd went home. The chancellor said the budget was safe.",
        None,
        "the budget was safe",
    ),
    // A title abbreviated with a full stop, and a long title, before a name after the verb.
    (
        "Crowds gathered on Sunday. \"The river will rise again,\" said the Rev. Tomas Varga, of the harbour chapel.",
        Some("person:tomas-varga"),
        "The river will rise again,",
    ),
    (
        "Brenmark posted a profit. \"Orders doubled,\" said chairman and chief executive officer Lena Sorvik.",
        Some("person:lena-sorvik"),
        "Orders doubled,",
    ),
    // "A ministry spokesman": the ministry named before; "the spokesman" after him: the same body.
    (
        "The Fisheries Ministry approved a plan to buy boats. A ministry spokesman told reporters the plan would help ports. The plan will also cut imports, the spokesman said.",
        Some("org:fisheries-ministry"),
        "The plan will also cut imports",
    ),
    (
        "The Fisheries Ministry approved a plan to buy boats. A ministry spokesman told reporters the plan would help ports.",
        Some("org:fisheries-ministry"),
        "the plan would help ports",
    ),
    // "A government spokesman": the one country named just before.
    (
        "Parliament voted to open Uruguay's port market. A government spokesman said the law would take effect in May.",
        Some("country:uruguay"),
        "the law would take effect in May",
    ),
    // "It said" after the company was quoted, with a person named in between.
    (
        "Tervola Shipping Corp said it had sold two ferries to Kai Lindqvist, its former chairman. It said the sale would close in June.",
        Some("org:tervola-shipping-corp"),
        "the sale would close in June",
    ),
    // An adverb between a bare title and the verb.
    (
        "Mayor Ines Cardona spoke on Monday. The mayor then said: \"We will not close the market.\"",
        Some("person:ines-cardona"),
        "We will not close the market.",
    ),
    // An apposition set off by dashes: the name before it speaks, not a name inside it.
    (
        "Senator Rhea Mortensen spoke first. Mortensen -- author of a study on how Omar Haddad won -- said the vote was close.",
        Some("person:rhea-mortensen"),
        "the vote was close",
    ),
    // "he said" after a quote: not the man the quote names.
    (
        "Paul Okafor met the press on Friday. \"Omar Haddad will lose the vote,\" he said.",
        Some("person:paul-okafor"),
        "Omar Haddad will lose the vote,",
    ),
    // "a report says" with no author named: the organisation quoted right after it.
    (
        "Fewer children can swim than a decade ago, a report says. The Coastal Safety Trust urged schools to offer more lessons.",
        Some("org:coastal-safety-trust"),
        "Fewer children can swim than a decade ago",
    ),
    // "declined" turning something down still reports.
    (
        "Omar Haddad declined an interview request.",
        Some("person:omar-haddad"),
        "an interview request",
    ),
    // A pronoun opening a sentence: the subject of the sentence before, not the man last named.
    (
        "Piet Anders told Omar Haddad that the treaty forbids tariffs. He said the ministers would meet in May.",
        Some("person:piet-anders"),
        "the ministers would meet in May",
    ),
    // Bodies listed as one subject: the first named speaks.
    (
        "Campaign groups including Oxfam, the Red Cross and Greenpeace said the new dam was a mistake.",
        Some("org:oxfam"),
        "the new dam was a mistake",
    ),
    // A name after the verb that the recogniser split (a surname that is also a company).
    (
        "\"Orders doubled,\" said chairman and chief executive officer Bill Ford.",
        Some("person:bill-ford"),
        "Orders doubled,",
    ),
    // "The company" is the company the text is about (the subject), not one named in passing.
    (
        "Farley Stores Inc said its Kenmore Finance Group reported a loss. The company said its Brockton Realty unit reported income.",
        Some("org:farley-stores-inc"),
        "its Brockton Realty unit reported income",
    ),
    (
        "Halvard Insurance Co said it agreed to buy Pellow Corp for 12 mln dlrs. The company said the deal would close in May.",
        Some("org:halvard-insurance-co"),
        "the deal would close in May",
    ),
    // "The agency" with no agency named is the company that spoke before.
    (
        "Standard Rating Service Inc said it may downgrade Telco Corp's debt. The agency said the review would focus on Telco's cash flow.",
        Some("org:standard-rating-service-inc"),
        "the review would focus on Telco's cash flow",
    ),
    // "The department" is the department named.
    (
        "The Fisheries Department said catches fell in May. The department said stocks of cod were low.",
        Some("org:fisheries-department"),
        "stocks of cod were low",
    ),
    // A name and its apposition before the verb are the subject, not words said.
    (
        "Tom Baker, a spokesman, said many firms complained.",
        Some("person:tom-baker"),
        "many firms complained",
    ),
    // A ticker between the company and the verb.
    (
        "Royal Trustco Ltd <RT.TO> said it would buy the unit.",
        Some("org:royal-trustco-ltd"),
        "it would buy the unit",
    ),
    // "said the statement": the body that issued the statement.
    (
        "In a statement, the Green Party said the remark had been misread. \"She backs the party's policy,\" said the statement.",
        Some("org:green-party"),
        "She backs the party's policy,",
    ),
    // "The country's largest carmaker" is the company that spoke before, never the country.
    (
        "Sella Motors said last week that sales fell 3%. The country's largest carmaker said prices would rise.",
        Some("org:sella-motors"),
        "prices would rise",
    ),
    (
        "Retail sales in Peru rose. Peru's biggest coin maker said prices rose 5% over the year.",
        None,
        "prices rose 5% over the year",
    ),
    // Agreeing with someone that something is so still reports.
    (
        "Omar Haddad agreed with the mayor that the bridge must close.",
        Some("person:omar-haddad"),
        "the bridge must close",
    ), // A relative clause between the subject and the verb: its names (even joined by "and")
    // are not the speaker.
    (
        "Officials wrote to negotiator Tomas Rivero on Monday. Rivero, who met again on Tuesday with senior Halden Bank executive Mark Ostrow and lawyers from Ferrow Trust, told the lenders that the plan was ready.",
        Some("person:tomas-rivero"),
        "the plan was ready",
    ),
    (
        "Marta Quiroga, whose firm advised Peter Vance and Tom Hill last year, said the merger would fail.",
        Some("person:marta-quiroga"),
        "the merger would fail",
    ),
    (
        "The Farland Steel Corp said profits rose. The company, which employs workers in Brazil and Chile, said it would expand.",
        Some("org:farland-steel-corp"),
        "it would expand",
    ),
    // ... nor is the object of a preposition before it: the person before "of" speaks.
    (
        "Nadia Ferro of the Blue River Trust, which funds schools in Tom Hill's district, said the grants would grow.",
        Some("person:nadia-ferro"),
        "the grants would grow",
    ),
    // An apposition opening "a/the <noun>" may hold "and".
    (
        "Daniel Okoro, a friend of Simon Carver and Tom Hill, said the verdict was unfair.",
        Some("person:daniel-okoro"),
        "the verdict was unfair",
    ),
    // Two appositions: the person before the first, not the company ending it.
    (
        "Paul Grant, a land manager representing Tellwater Oil Corp, a partnership of Ferrow Corp and Halden AG, said the firm would spend more.",
        Some("person:paul-grant"),
        "the firm would spend more",
    ), // "The automaker said": the description resolver of the events (one resolver for both)
    // finds the company when the generic-noun rules name none.
    (
        "Dunmore Motors Corp said it built 40,000 cars in May. The automaker said it made 9,000 trucks last month.",
        Some("org:dunmore-motors-corp"),
        "it made 9,000 trucks last month",
    ),
    // `CLAUSE, NAME, APPOSITION, said.`: the name speaks and the clause ends before it.
    (
        "Tin sales rose to 40 mln dlrs last year, Pavel Strand, chairman of Norvik Metals, said.",
        Some("person:pavel-strand"),
        "Tin sales rose to 40 mln dlrs last year",
    ),
    // ... also with the title first and the name as the whole second phrase.
    (
        "Coffee exports will fall this year, the governor of the Bank of Tarvia, Ilse Morrow, said.",
        Some("person:ilse-morrow"),
        "Coffee exports will fall this year",
    ),
    // ... and with three phrases, the name heading them (not a demonym inside the last).
    (
        "Wheat output slipped in May, Pavel Strand, a director of Norvik, the largest Danish mill, said.",
        Some("person:pavel-strand"),
        "Wheat output slipped in May",
    ),
    // A relative pronoun right after a verb's object speaks for that object.
    (
        "Ilse Morrow praised Pavel Strand, who said the harbour tax was too high.",
        Some("person:pavel-strand"),
        "the harbour tax was too high",
    ),
    // Asking not to be named is no speech: the clause after "said" is what was said.
    (
        "Grain stocks were low in May. A senior trader, who asked not to be named, said the harbour tax was too high.",
        None,
        "the harbour tax was too high",
    ),
    // A "he" or "she" never stands for a company, even one whose short name was read as a
    // person's.
    (
        "Shares of Kelvar Mills Inc rose sharply today on takeover talk.\n\n\"They have pulled back from commodity cloth,\" said Dana Pirelli of Lodge Securities. She said in moving into carpets, Kelvar bought a rug maker.\n\n\"In the past, they just spent,\" she said.",
        Some("person:dana-pirelli"),
        "In the past, they just spent,",
    ),
    // A "he" opening the sentence after an attribution goes on with that speaker, not with
    // a man named earlier.
    (
        "Mr Tom Vance said the vote had been lost by a small margin. \"Nobody had any idea that was going to happen,\" Lord Petrie told reporters at the conference. He said members would get another chance to vote.",
        Some("person:petrie"),
        "members would get another chance to vote",
    ),
    (
        "Mr Tom Vance praised the staff. Carla Mendes, an analyst at Bruton Securities, said the plan was sound. \"It is a careful budget,\" she said.",
        Some("person:carla-mendes"),
        "It is a careful budget,",
    ),
    (
        "Mr Tom Vance praised the staff. Analyst Rob Kettering said the figures were weak. \"The margins will not recover this year,\" he said.",
        Some("person:rob-kettering"),
        "The margins will not recover this year,",
    ),
    // "the newspaper" is the newspaper named last.
    (
        "Farm incomes will fall again next year, the Denver Tribune said. The newspaper said the ministry had ignored the warnings.",
        Some("org:denver-tribune"),
        "the ministry had ignored the warnings",
    ),
    // "charged that" reports words.
    (
        "The Harwell Trade Council charged that the company had hidden its profits.",
        Some("org:harwell-trade-council"),
        "the company had hidden its profits",
    ),
    // A title phrase after a name with no comma closing it: the name speaks.
    (
        "Orders for machine tools fell sharply in the first quarter, Chris Clarken, director for Acme Tools said.",
        Some("person:chris-clarken"),
        "Orders for machine tools fell sharply in the first quarter",
    ),
    // A country before a company noun or one person's noun describes the speaker.
    (
        "A US firm has said it is in final talks to buy the fashion house.",
        None,
        "it is in final talks to buy the fashion house",
    ),
    (
        "Frost damaged winter barley in the north, the U.S. agricultural officer in Warsaw said.",
        None,
        "Frost damaged winter barley in the north",
    ),
    // A lone family name written first (`Gao said` after `Gao Jianming`).
    (
        "Rural factories need more power, said Zhou Minghua, an official of the county. \"Electricity is short in the busy season,\" Zhou said.",
        Some("person:zhou-minghua"),
        "Electricity is short in the busy season,",
    ),
    // An attribution nested in a relative clause is not whom a "he" opening the next
    // sentence goes on with.
    (
        "Mr Tom Vance praised the budget. For the Greens, Alan Ruddock said many students who were told there would be no fees \"have been given the opposite\". He added: \"The tax is still unfair.\"",
        Some("person:alan-ruddock"),
        "The tax is still unfair.",
    ),
    // ... but the head of a relative clause that speaks is that speaker.
    (
        "Mr Ivan Mercer praised the plan. Still, Karl Brandt, who thinks the agency made a power grab, called the new law \"much better\" than the old one. \"We need to be humble about what works,\" he said.",
        Some("person:karl-brandt"),
        "We need to be humble about what works,",
    ),
    // "X, a Treasury spokesman said": the misread apposition does not make X "the spokesman".
    (
        "The minister cancelled a trip because of the visit by Prime Minister Kenji Arata, a Treasury spokesman said. The talks will last two days. They will cover trade. Officials were upbeat. \"The visit is a good sign,\" said the spokesman.",
        None,
        "The visit is a good sign,",
    ),
    // "added to" is no cue: the attribution closing the sentence takes all of it.
    (
        "The new levy added to the harbour's debts, Tomas Willer said.",
        Some("person:tomas-willer"),
        "The new levy added to the harbour's debts",
    ),
    // A company's results after "reported" are no content: the main verb's clause is.
    (
        "Korvath Industries, which reported a loss of 2 mln dlrs last year, said sales would rise.",
        Some("org:korvath-industries"),
        "sales would rise",
    ),
    // A document's author speaks for it.
    (
        "A report by the Harbour Voters Trust said turnout was low.",
        Some("org:harbour-voters-trust"),
        "turnout was low",
    ),
    // A pronoun after an unnamed spokesman for a body: the body.
    (
        "A spokesman for the Harbour Trust said the deposit would be cut. He said the cut would apply from Friday.",
        Some("org:harbour-trust"),
        "the cut would apply from Friday",
    ),
    // "claims" after a subject pronoun is a verb, closing the sentence too.
    (
        "Tomas Willer spoke in Hull. Taxes will rise under the plan, he claims.",
        Some("person:tomas-willer"),
        "Taxes will rise under the plan",
    ),
];

#[test]
fn quote_table() {
    check_cases(CASES);
}

/// Asserts that every case of `cases` (see [`CASES`]) has a quote with its speaker and content.
fn check_cases(cases: &[(&str, Option<&str>, &str)]) {
    let mut failures = Vec::new();
    for (text, speaker, content) in cases {
        let a = analyze(text);
        if !a
            .quotes
            .iter()
            .any(|q| q.content.text == *content && q.speaker.as_deref() == *speaker)
        {
            let got: Vec<_> = a
                .quotes
                .iter()
                .map(|q| (q.speaker.as_deref(), q.content.text.as_str()))
                .collect();
            failures.push(format!(
                "{text:?}\n  wants {speaker:?} <= {content:?}\n  got   {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Sentences that hold no quote.
const NONE: &[&str] = &[
    // "points" after a number or "percentage" is a noun.
    "Exports rose by two percentage points to 4 percent in March.",
    // A headline reports no one's words.
    "# Lima Rejects Talks as Pressure Mounts\n\nThe talks were cancelled.",
    // A cue word that reads as a noun: after a preposition or "take", inside a name, or the
    // subject of a verb.
    "The airport was built to meet the rise in demand and on Tuesday it opened.",
    "The new director takes charge of the plant in March.",
    "The new models were shown at the Motor Show in Geneva last week.",
    "Weak export demand is hurting the steel mills.",
    // "declined" as a fall, "decline" as a noun.
    "Tin exports from Bolivia declined 12 percent in May.",
    "Sales at Korvath Foods declined sharply last year.",
    "The decline in tin prices hurt the miners.",
    // An idiom.
    "And, needless to say, the harbour will need more cranes.",
    // A cue word inside a hyphenated word, or a noun after one or after an adjective that
    // only goes with nouns.
    "The club also suffered the sudden deaths of well-known Derry player Sean Tully, and Newry lock Paul Quinn.",
    "The new tariffs are a wake-up call to the shipbuilders of the northern coast.",
    "The mayor still has huge support in the northern suburbs.",
    "Full support for the new standard will not arrive until next year.",
    // (A curly apostrophe right before the word before the cue.)
    "The governor’s huge support in the north was tested in May.",
    // Agreeing with a plan is a stance, not words said.
    "The ministers agreed with the Danish plan on Tuesday.",
    // A subject and its apposition before a cue are no content.
    "Pavel Strand, chairman of Norvik Metals, said on Monday.",
    // A relative clause on a name in the sentence was not said.
    "It is her third film with Pavel Strand, who is usually noted for his comedies.",
    "The plant lost its licence, which the owners denied.",
    // "charge" as an accusation in law or a price is no cue.
    "The reserve banks would be required to charge a fee for the new service that would cover its costs.",
    "Former aide Jon Pell, a long-time friend of the governor, has been indicted on charges of lying to Congress.",
    "Net profit includes a 750,000 dlr charge from the reorganization of the plant.",
    // A company's results, a participle after a number, "consider" before a noun phrase.
    "Varo Holdings reported a net loss of 3 mln dlrs for 1986.",
    "He won 300 pledged delegates in March.",
    "Lakeland is widely considered a key swing county.",
];

#[test]
fn no_quote_table() {
    check_no_quotes(NONE);
}

/// Asserts that no text of `texts` has a quote.
fn check_no_quotes(texts: &[&str]) {
    let mut failures = Vec::new();
    for text in texts {
        let a = analyze(text);
        if !a.quotes.is_empty() {
            let got: Vec<_> = a.quotes.iter().map(|q| q.content.text.as_str()).collect();
            failures.push(format!("{text:?}\n  wants no quote\n  got   {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (text, speaker mention, speaker entity id): the first quote of the text must have both.
const MENTIONS: &[(&str, &str, Option<&str>)] = &[
    // "said the <body> <title>" with no holder nearby: the one person named earlier with that
    // title, the body word written where it is stated or in the organisation's name.
    (
        "Bolton Wanderers manager Dale Brennan named his squad on Monday. Leeds manager Tom Ashby was not impressed. The squad flies out next week. Training starts on Friday. \"We are ready for a hard season,\" said the Wanderers manager.",
        "the Wanderers manager",
        Some("person:dale-brennan"),
    ),
    (
        "Dale Brennan, the Falcons coach, named his squad on Monday. Tom Ashby, the Harriers coach, was not impressed. The squad flies out next week. Training starts on Friday. \"We are ready for a hard tour,\" said the Falcons coach.",
        "the Falcons coach",
        Some("person:dale-brennan"),
    ),
    (
        "Dale Brennan, the Ohio senator, met Ruth Cole on Monday. The talks went well. They spoke for an hour. Both were upbeat. \"We found common ground,\" said the senator.",
        "the senator",
        Some("person:dale-brennan"),
    ),
    // ... but two holders, or a lexicon holder of the office named too, give none.
    (
        "Dale Brennan, the Falcons coach, named his squad on Monday. Tom Ashby, the Harriers coach, was not impressed. The squad flies out next week. Training starts on Friday. \"We are ready for a hard tour,\" said the coach.",
        "the coach",
        None,
    ),
    (
        "Dale Brennan, the Ohio senator, met Bernie Sanders on Monday. The talks went well. They spoke for an hour. Both were upbeat. \"We found common ground,\" said the senator.",
        "the senator",
        None,
    ),
    // A shadow chancellor is not "the chancellor".
    (
        "Shadow chancellor Owen Petts spoke in Leeds on Monday. The crowd was small. It rained all day. Few people stayed. \"The plan will cost too much,\" said the chancellor.",
        "the chancellor",
        None,
    ),
    // A subject after a comma, past the conjunction opening its clause.
    (
        "Prices in Chile may rise again, but economists said the rise would be small.",
        "economists",
        None,
    ),
    // "a company spokeswoman" after a commission named: not the commission.
    (
        "Korvath Shipping has applied to the Securities Commission to list its shares. A company spokeswoman said the listing would come in May.",
        "spokeswoman",
        None,
    ),
    // A local government's official does not speak for the country.
    (
        "Riot police guarded the mills in northern Peru. A local government official said the police would stay.",
        "official",
        None,
    ),
    // A relative pronoun is the mention of the speaker it stands for.
    (
        "Crowds cheered Omar Haddad, who said the troops would come home.",
        "who",
        Some("person:omar-haddad"),
    ),
    // ... also with an adverbial between commas after it.
    (
        "Crowds cheered Omar Haddad, who, on a call with reporters, criticized the new budget.",
        "who",
        Some("person:omar-haddad"),
    ),
    // The pronoun of a contraction (curly or straight apostrophe) is the subject, not its tail.
    (
        "Omar Haddad lost the vote. And he’s predicting that the council will fall.",
        "he",
        Some("person:omar-haddad"),
    ),
    (
        "Omar Haddad lost the vote. And he's predicting that the council will fall.",
        "he",
        Some("person:omar-haddad"),
    ),
    // Two names joined by a comma only are no list of speakers.
    (
        "Facing a stronger Brazil, Argentina has said the tariffs would stay.",
        "Argentina",
        Some("country:argentina"),
    ),
    // A spokesman for an organisation is the phrase, standing for the organisation.
    (
        "A spokeswoman for the Northern Policy Institute said the report was wrong.",
        "A spokeswoman for the Northern Policy Institute",
        Some("org:northern-policy-institute"),
    ),
];

/// (text, words no quote's content may hold): an object ends before another speaker's full
/// quote and its attribution.
const NOT_CONTENT: &[(&str, &str)] = &[(
    "The row grew so bitter over who supported which tax plan that Senator Nadia Karim said, \"I feel like I need a translator for all this.\"",
    "Karim said",
)];

#[test]
fn not_content_table() {
    let mut failures = Vec::new();
    for (text, words) in NOT_CONTENT {
        let a = analyze(text);
        let got: Vec<_> = a.quotes.iter().map(|q| q.content.text.as_str()).collect();
        if got.iter().any(|c| c.contains(words)) {
            failures.push(format!(
                "{text:?}\n  wants no content with {words:?}\n  got   {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn speaker_mention_table() {
    let mut failures = Vec::new();
    for (text, mention, speaker) in MENTIONS {
        let a = analyze(text);
        let got = a.quotes.first().map(|q| {
            (
                q.speaker_mention.as_ref().map(|m| m.text.as_str()),
                q.speaker.as_deref(),
            )
        });
        if got != Some((Some(*mention), *speaker)) {
            failures.push(format!(
                "{text:?}\n  wants {mention:?} for {speaker:?}\n  got   {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// spk19 (speakers on general news), (text, speaker entity id, exact content) as in
/// [`CASES`]: a company's one-word name before "spokesman" (also across a wrapped line), a
/// company named after a country, a second cue (`but added`) after the first's speaker.
const QUOTES_SPK19: &[(&str, Option<&str>, &str)] = &[
    (
        "Zentrix Corp said it would cut 200 jobs. A Zentrix spokesman said the plant would close in May.",
        Some("org:zentrix-corp"),
        "the plant would close in May",
    ),
    (
        "Dorrance Mutual Corp said it completed the purchase.\n    The deal will close in 30 days, a Dorrance\nspokeswoman said.",
        Some("org:dorrance-mutual-corp"),
        "The deal will close in 30 days",
    ),
    (
        "US Dorvan said its sales rose 12 pct.",
        None,
        "its sales rose 12 pct",
    ),
    (
        "Swiss Halvor said it had paid 30 mln francs for the plant.",
        None,
        "it had paid 30 mln francs for the plant",
    ),
    (
        "U.S. Brelco Holdings Corp said it bought a mill in Ohio. U.S. Brelco also said it expects sales to rise.",
        Some("org:us-brelco-holdings-corp"),
        "it expects sales to rise",
    ),
    (
        "The Kelso Fund said that the damage was large, but added that the outlook was good.",
        Some("org:kelso-fund"),
        "the outlook was good",
    ),
];

#[test]
fn quote_table_spk19() {
    check_cases(QUOTES_SPK19);
}

/// text20 (quote precision), (text, speaker entity id, exact content) as in [`CASES`]: "that"
/// or "this" before a finite verb is the clause's subject; a company designator or a wire
/// paragraph ends the sentence before the attribution; `as pledged` compares, it reports
/// nothing; a subject before an attribution set off by commas is part of the content.
const QUOTES_TEXT20: &[(&str, Option<&str>, &str)] = &[
    (
        "Dario Pell said that was the last offer the club would make.",
        Some("person:dario-pell"),
        "that was the last offer the club would make",
    ),
    (
        "Marta Ruiz believes that would help the farmers in the north.",
        Some("person:marta-ruiz"),
        "that would help the farmers in the north",
    ),
    (
        "Dario Pell said this would cut waiting times at the border.",
        Some("person:dario-pell"),
        "this would cut waiting times at the border",
    ),
    (
        "The notes were sold by Brannock and Co.\n    Dealers said the issue was priced too high.",
        None,
        "the issue was priced too high",
    ),
    (
        "Norvale Holdings sold its stake to Ketter Corp. It said the sale would bring 40 mln dlrs.",
        Some("org:norvale-holdings"),
        "the sale would bring 40 mln dlrs",
    ),
    (
        "Prices may fall unless Norland cuts output as pledged in the March accord, traders said.",
        None,
        "Prices may fall unless Norland cuts output as pledged in the March accord",
    ),
    (
        "The new budget, both papers said, would be unveiled in March.",
        None,
        "The new budget, both papers said, would be unveiled in March",
    ),
];

#[test]
fn quote_table_text20() {
    check_cases(QUOTES_TEXT20);
}

/// text20: sentences with a cue word and no quote: a comparison with what was expected, what
/// is sought (not said), a question left open.
const NONE_TEXT20: &[&str] = &[
    "With exports doing better than expected the outlook for the port is bright.",
    "The Ostrava mill will seek clarification from the ministry about its new tariff.",
    "A spokeswoman for the mill was unable to say when the furnace would be back in use.",
    "Tolvik did not say whether the offer would be raised.",
];

#[test]
fn no_quote_table_text20() {
    check_no_quotes(NONE_TEXT20);
}

/// spk20 (speakers on general news), (text, speaker entity id, exact content) as in
/// [`CASES`]: a wire-copy company name in angle brackets, "the company" across a wrapped
/// line, a person after a body or party modifying the title (`said Acme analyst Jo Smith`),
/// a short name of a company (also over a demonym, `Grand American`), and "it" after a body
/// named in passing, which goes on with the company that opened the sentence.
const QUOTES_SPK20: &[(&str, Option<&str>, &str)] = &[
    (
        "<Quarnell Holdings Corp> said it agreed to buy a rival mill.",
        Some("org:quarnell-holdings-corp"),
        "it agreed to buy a rival mill",
    ),
    (
        "Belvane Mining Corp said it found gold near the river.\n    Output will start in May, the\ncompany said.",
        Some("org:belvane-mining-corp"),
        "Output will start in May",
    ),
    (
        "\"Demand is strong,\" said Farrowdale Securities analyst Lena Marsk.",
        Some("person:lena-marsk"),
        "Demand is strong,",
    ),
    (
        "\"The plan is a mess,\" said Tory shadow transport secretary Gwen Palliser.",
        Some("person:gwen-palliser"),
        "The plan is a mess,",
    ),
    (
        "Grand American Corp said it sold a unit. Grand American said the sale closed on Friday.",
        Some("org:grand-american-corp"),
        "the sale closed on Friday",
    ),
    (
        "<Canadian Halworth Ltd> said it sold two mines. Halworth said the sale closed on Friday.",
        Some("org:canadian-halworth-ltd"),
        "the sale closed on Friday",
    ),
    (
        "Pelham Oil Corp estimated OPEC output at 16 mln bpd in April. It said Saudi output was above its quota.",
        Some("org:pelham-oil-corp"),
        "Saudi output was above its quota",
    ),
];

#[test]
fn quote_table_spk20() {
    check_cases(QUOTES_SPK20);
}

/// text21: a company designator ends a sentence before a name that is the subject of a verb
/// ("... of Brixton Co. Standard and Poor's said ..."), so the quote before it keeps its own
/// speaker and the next sentence its own.
const QUOTES_TEXT21: &[(&str, Option<&str>, &str)] = &[
    (
        "Demand will fall, said Mary Renn of Brixton Co. Standard and Poor's said it may cut the rating.",
        Some("org:standard-and-poors"),
        "it may cut the rating",
    ),
    (
        "Demand will fall, said Mary Renn of Brixton Co. Standard and Poor's said it may cut the rating.",
        Some("person:mary-renn"),
        "Demand will fall",
    ),
    (
        "Prices will rise, said Mary Renn, an analyst at Halvern Corp. Moody's said it may cut the rating.",
        Some("org:moodys"),
        "it may cut the rating",
    ),
];

#[test]
fn quote_table_text21() {
    check_cases(QUOTES_TEXT21);
}

/// spk21 (speakers on general news), (text, speaker entity id, exact content) as in
/// [`CASES`]: a person after a body's possessive or a company after a demonym and a word for
/// a company opening the clause a second verb shares, "a spokesman for the firm", a "he"
/// closing the clause it attributes after a named speaker, and an "it" after a body named
/// as the speaker of the sentence before (not the company named inside its words).
const QUOTES_SPK21: &[(&str, Option<&str>, &str)] = &[
    (
        "Halvard United's Tomas Brekke admits the rivals are strong, but insists his side can still win.",
        Some("person:tomas-brekke"),
        "his side can still win",
    ),
    (
        "Dutch firm Zorvex Corp saw its profits drop 33% and warned that earnings may also slide.",
        Some("org:zorvex-corp"),
        "earnings may also slide",
    ),
    (
        "Marlow Dredging Plc lost a contract in March. A spokesman for the firm said the loss would cut profits.",
        Some("org:marlow-dredging-plc"),
        "the loss would cut profits",
    ),
    (
        "Jon Harrow said the plan was sound. Kim Dale, the firm's chairman, said he hoped rivals would follow. In a letter to staff, Lou Bram said the unit would close. However, losses will fall next year, he said.",
        Some("person:lou-bram"),
        "However, losses will fall next year",
    ),
    (
        "Halden Shipping Ltd has ordered two ships from Marvik Yards Ltd, the Daily Courier said. It said the ships would cost 90 mln dlrs.",
        Some("org:daily-courier"),
        "the ships would cost 90 mln dlrs",
    ),
];

#[test]
fn quote_table_spk21() {
    check_cases(QUOTES_SPK21);
}

/// spk21: "call" as a noun (`call centres`, `free calls to mobiles`) or giving a name (`a
/// robot called Kimbo`, `a tool, called Pixlo,`) reports no one's words.
const NONE_SPK21: &[&str] = &[
    "Zorvex Corp runs call centres in three cities.",
    "Brantel Ltd offers free calls to mobiles.",
    "Zorvex Corp is building a robot called Kimbo to help pupils.",
    "Zorvex Corp makes a tool, called Pixlo, for schools.",
];

#[test]
fn no_quote_table_spk21() {
    check_no_quotes(NONE_SPK21);
}

/// spk22 (speakers on general news), (text, speaker entity id, exact content) as in
/// [`CASES`]: a title phrase found as the speaker with the person it names after it or
/// inside it (`said analyst X at Y`, `said Y director of planning, X`, a participle after
/// `Trade Secretary X said ...`, also past a clause `than they wanted`), a "he" after a
/// name inside the same speaker's words, `the board`/`the bureau` for a body named so, and
/// a "they" after an unnamed group (`dealers said`) as that group.
const QUOTES_SPK22: &[(&str, Option<&str>, &str)] = &[
    (
        "Labour Secretary Dalia Menner said nobody would be forced to retire, saying the age limit was not fixed.",
        Some("person:dalia-menner"),
        "the age limit was not fixed",
    ),
    (
        "Trade Secretary Mara Kessling said staff would not work longer than they wanted, saying the age limit was not fixed.",
        Some("person:mara-kessling"),
        "the age limit was not fixed",
    ),
    (
        "Farm Minister Ivo Dresner rejected the plan, saying it was too costly for growers.",
        Some("person:ivo-dresner"),
        "it was too costly for growers",
    ),
    (
        "\"The numbers are in line, but the story is costs,\" said analyst Tom Varga at Kelso Brothers.",
        Some("person:tom-varga"),
        "The numbers are in line, but the story is costs,",
    ),
    (
        "\"Cutting the flights was a hard choice,\" said Brantel director of network planning, Rob Hale.",
        Some("person:rob-hale"),
        "Cutting the flights was a hard choice,",
    ),
    (
        "\"He has the smell of scandal on him,\" said former Ohio Sen. and party adviser Paul Dorsey.",
        Some("person:paul-dorsey"),
        "He has the smell of scandal on him,",
    ),
    (
        "\"It is a fair ruling for the industry,\" said Kelso Genetics President and Chief Executive Officer Joe Marsh.",
        Some("person:joe-marsh"),
        "It is a fair ruling for the industry,",
    ),
    (
        "Mr Hale said the rule was clear. He said Mr Crane and himself had no intention of resigning and added that they felt the party was wrong. He accused the party of breaking its word.",
        Some("person:hale"),
        "the party of breaking its word",
    ),
    (
        "The Grain Board said Chile exported 1.2 mln tonnes in March. The board said Chile may export more rice later this year.",
        Some("org:grain-board"),
        "Chile may export more rice later this year",
    ),
    (
        "Brazil's output fell 2 pct in May, the Central Bureau of Statistics said. The bureau said output in June was flat.",
        Some("org:central-bureau-of-statistics"),
        "output in June was flat",
    ),
    // A "they" after an unnamed group's words is that group, not the body it spoke about.
    (
        "Kelso Mining Corp will sell its copper unit, industry sources said. The sale could raise 90 mln dlrs, they said.",
        None,
        "The sale could raise 90 mln dlrs",
    ),
    (
        "The Bundesbank bought dollars in the open market, dealers said. They said the central bank paid about 50 mln dlrs.",
        None,
        "the central bank paid about 50 mln dlrs",
    ),
    (
        "The talks on the sale are going well, they said. Zorvex Ltd will advise the creditor banks on the sale, they said. The two largest banks will hold most of the shares, they added.",
        None,
        "The two largest banks will hold most of the shares",
    ),
];

#[test]
fn quote_table_spk22() {
    check_cases(QUOTES_SPK22);
}

/// pol22 (indirect recall on political news), (text, speaker entity id, exact content) as in
/// [`CASES`]: multi-word cues of the lexicon (`pointed out`, `made it clear`), `sees X as Y`,
/// "according to" inside the sentence, a verb of thinking closing its sentence or before a
/// clause whose subject opens with another word, and verbs that report only before "that".
const QUOTES_POL22: &[(&str, Option<&str>, &str)] = &[
    (
        "Senator Mara Quell pointed out that the bridge had cost twice the estimate.",
        Some("person:mara-quell"),
        "the bridge had cost twice the estimate",
    ),
    (
        "Governor Tobin Rask made it clear that he would veto the bill.",
        Some("person:tobin-rask"),
        "he would veto the bill",
    ),
    (
        "Some economists see the levy as a tax on savers.",
        None,
        "the levy as a tax on savers",
    ),
    (
        "But, according to the audit office, the scheme lost 40 mln dlrs last year.",
        None,
        "the scheme lost 40 mln dlrs last year",
    ),
    (
        "Rival bidders will walk away from the port deal, the analysts think.",
        None,
        "Rival bidders will walk away from the port deal",
    ),
    (
        "Farm groups believe younger growers would accept the deal.",
        None,
        "younger growers would accept the deal",
    ),
    (
        "The tribunal ruled that the strike was lawful.",
        None,
        "the strike was lawful",
    ),
    (
        "Senator Vera Lind recognised that the plan had flaws.",
        Some("person:vera-lind"),
        "the plan had flaws",
    ),
];

#[test]
fn quote_table_pol22() {
    check_cases(QUOTES_POL22);
}

/// spk23 (speakers named by a description or a label), (text, speaker entity id, exact
/// content) as in [`CASES`]: an age, a role noun, a demonym or a former office after "the"
/// is the subject of the nearest sentence naming a person; after `told` comes the hearer,
/// never the speaker; `- <title> <Name>: "..."` labels a quote with its speaker.
const SPEAKERS_SPK23: &[(&str, Option<&str>, &str)] = &[
    (
        "Sarah Verbeck won the 800m in Oslo on Sunday. \"I felt strong all the way,\" said the 26-year-old.",
        Some("person:sarah-verbeck"),
        "I felt strong all the way,",
    ),
    (
        "Singer Doreen Malick has announced a farewell tour. The pop star said the shows would be her last.",
        Some("person:doreen-malick"),
        "the shows would be her last",
    ),
    (
        "Striker Tom Brenner scored twice as Leeds won. \"It was a great cross from Duffy,\" said the Leeds striker.",
        Some("person:tom-brenner"),
        "It was a great cross from Duffy,",
    ),
    (
        "Maria Quint beat Joanne Fenn in the final. The 2003 champion said she was tired.",
        Some("person:maria-quint"),
        "she was tired",
    ),
    (
        "Rick Dalton lost in straight sets on Friday. \"I had my chances and did not take them,\" said the American.",
        Some("person:rick-dalton"),
        "I had my chances and did not take them,",
    ),
    (
        "Alan Parrick quit the party on Monday. The former party leader said he had done nothing wrong.",
        Some("person:alan-parrick"),
        "he had done nothing wrong",
    ),
    (
        "Nina Holt, who was picked to fight the seat, quit after reports in a newspaper. The former teacher said she had made a mistake.",
        Some("person:nina-holt"),
        "she had made a mistake",
    ),
    (
        "Coffee growers need a new strategy, Gilberto Arenas, president of the growers' association, told Reuters.",
        Some("person:gilberto-arenas"),
        "Coffee growers need a new strategy",
    ),
    (
        "\"We never gave up,\" said Rovers striker Jon Pellow.\n\n- City boss Mick Dunleavy: \"We were unlucky today and the referee missed two clear penalties.\"",
        Some("person:mick-dunleavy"),
        "We were unlucky today and the referee missed two clear penalties.",
    ),
];

#[test]
fn quote_table_spk23() {
    check_cases(SPEAKERS_SPK23);
}

/// spk24 (quotes that are quotes), (text, speaker entity id, exact content) as in [`CASES`]:
/// a closing `..., X said.` attributes the whole clause before it, a verb inside that clause
/// is no cue of its own; `warned there could be` keeps "there"; `..., said <name phrase>.`
/// closes the sentence; a lead finished by a quote (`The port was "..."`) is part of it.
const QUOTES_SPK24: &[(&str, Option<&str>, &str)] = &[
    (
        "The Treasury board decided it would keep the rate unchanged until the spring, two bank sources said.",
        None,
        "The Treasury board decided it would keep the rate unchanged until the spring",
    ),
    (
        "Dalmark Shipping will ask the port authority to extend its licence by five years, chief executive Oren Vasko said.",
        Some("person:oren-vasko"),
        "Dalmark Shipping will ask the port authority to extend its licence by five years",
    ),
    (
        "Union leader Mara Stiles warned there could be more strikes unless the plan was changed.",
        Some("person:mara-stiles"),
        "there could be more strikes unless the plan was changed",
    ),
    (
        "Prices of the new bonds will stay firm through the summer, said Dina Crewe of Harlow Securities Inc.",
        Some("person:dina-crewe"),
        "Prices of the new bonds will stay firm through the summer",
    ),
    (
        "Demand for tin will stay weak this year, said Harlow Securities chief economist Dina Crewe.",
        Some("person:dina-crewe"),
        "Demand for tin will stay weak this year",
    ),
    (
        "The port was \"in no state to take the bigger ships,\" harbour master Ivo Brandt said.",
        Some("person:ivo-brandt"),
        "The port was \"in no state to take the bigger ships,\"",
    ),
];

#[test]
fn quote_table_spk24() {
    check_cases(QUOTES_SPK24);
}

/// spk24: a market's demand, a meeting's talks, figures and a name given hold no quote.
const NONE_SPK24: &[&str] = &[
    "Rising demand for copper lifted prices in London on Monday.",
    "Shares were suspended while the two firms held talks about a merger.",
    "Copper output rose 4 percent in March, according to official figures.",
    "The group has launched a new music service for teenagers, called Tunebox Live.",
];

#[test]
fn no_quote_table_spk24() {
    check_no_quotes(NONE_SPK24);
}

/// spk24: a partial quote inside an indirect one of the same speaker is no second quote.
const ONE_QUOTE_SPK24: &[&str] = &[
    "Ilse Marlow said on Tuesday that the new tax plan drawn up by the finance committee last week was \"a gift to the richest families\" and nothing else.",
];

#[test]
fn one_quote_table_spk24() {
    let mut failures = Vec::new();
    for text in ONE_QUOTE_SPK24 {
        let a = analyze(text);
        if a.quotes.len() != 1 {
            let got: Vec<_> = a.quotes.iter().map(|q| q.content.text.as_str()).collect();
            failures.push(format!("{text:?}\n  wants one quote\n  got   {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// spk28: a name right before a partial quote after the cue is the quoted clause's subject;
/// a named, apposed speaker closing the sentence says all of it (a verb inside included); a
/// reporting noun's speaker after "by" or "from".
const QUOTES_SPK28: &[(&str, Option<&str>, &str)] = &[
    (
        "Lisa Kerr, a senator from Ohio, said Obama \"has lost control of the budget.\"",
        Some("person:lisa-kerr"),
        "has lost control of the budget.",
    ),
    (
        "Tomas Arvel, the mayor of Lima, said Obama \"will come to regret this decision.\"",
        Some("person:tomas-arvel"),
        "will come to regret this decision.",
    ),
    (
        "Korvath Metals hopes to double its copper output by 1990, Paul Lorne, a Korvath executive, said.",
        Some("person:paul-lorne"),
        "Korvath Metals hopes to double its copper output by 1990",
    ),
    (
        "The union believes the plant will close in March, Ida Marsh, a union official, told reporters.",
        Some("person:ida-marsh"),
        "The union believes the plant will close in March",
    ),
    (
        "Prices fell after statements by Saudi Arabia that output would not be cut.",
        Some("country:saudi-arabia"),
        "output would not be cut",
    ),
    (
        "Shares rose on a warning from Chancellor Ivo Brandt that taxes would rise next year.",
        Some("person:ivo-brandt"),
        "taxes would rise next year",
    ),
    (
        "The mayor shrugged off claims from Labour leader Ivo Brandt that the budget was a sham.",
        Some("person:ivo-brandt"),
        "the budget was a sham",
    ),
    (
        "The dollar rose after a statement by an Obama White House aide that the plan was dead.",
        Some("org:white-house"),
        "the plan was dead",
    ),
];

#[test]
fn quote_table_spk28() {
    check_cases(QUOTES_SPK28);
}

/// spk28: a short quote opening the clause after the cue is part of the indirect content.
const PARTIAL_FIRST_SPK28: &[(&str, Option<&str>, &str)] = &[
    (
        "Tomas Arvel said \"budget reforms\" and new taxes would pay for the ships.",
        Some("person:tomas-arvel"),
        "\"budget reforms\" and new taxes would pay for the ships",
    ),
    (
        "Tomas Arvel gave no figure, though he said “deep cuts” would pay for the ships.",
        Some("person:tomas-arvel"),
        "“deep cuts” would pay for the ships",
    ),
];

/// spk28: a whole answer quoted after the cue opens no clause.
const NO_PARTIAL_SPK28: &[&str] = &[
    "Tomas Arvel said \"no\" in a radio interview on Monday.",
    "Tomas Arvel said \"never,\" and left the hall.",
];

#[test]
fn no_quote_table_spk28() {
    check_no_quotes(NO_PARTIAL_SPK28);
}

#[test]
fn quote_table_partial_first_spk28() {
    check_cases(PARTIAL_FIRST_SPK28);
}

/// spk28: a dash and a name after a quote, on its line or opening the next, sign it.
const SIGNED_SPK28: &[(&str, Option<&str>, &str)] = &[
    (
        "Readers wrote to us.\n\n“The new bridge is a waste of money and nobody will use it.” ― Tomas Arvel “We need buses instead.” ― Lisa Kerr",
        Some("person:tomas-arvel"),
        "The new bridge is a waste of money and nobody will use it.",
    ),
    (
        "Readers wrote to us.\n\n“The new bridge is a waste of money and nobody will use it.” ― Tomas Arvel “We need more buses and trams instead.” ― Lisa Kerr",
        Some("person:lisa-kerr"),
        "We need more buses and trams instead.",
    ),
    (
        "Quote of the day.\n\n\"The harbour will be open again by the end of the summer.\"\n\n-Mayor Ivo Brandt, speaking in Hull.",
        Some("person:ivo-brandt"),
        "The harbour will be open again by the end of the summer.",
    ),
];

#[test]
fn quote_table_signed_spk28() {
    check_cases(SIGNED_SPK28);
}

/// Session 44: after a possessive, "praise for" and "support for" are nouns of a stance, no
/// one's words ("call for" still reports a demand).
const NONE_S44: &[&str] = &[
    "Karl Vendrum's praise for Ruth Ames drew criticism.",
    "Ivo Marsh's support for the plan is strong.",
];

#[test]
fn no_quote_table_s44() {
    check_no_quotes(NONE_S44);
}

/// Session 45: a dash before "though", "although" or "but" ends a quote's content as a comma
/// does, and the clause after it may be a quote of its own.
const DASH_S45: &[(&str, Option<&str>, &str)] = &[
    (
        "Karl Vendrum was sentenced on Monday. Investigators found no evidence that Karl Vendrum lied - though he admitted that he broke the rules.",
        Some("person:karl-vendrum"),
        "he broke the rules",
    ),
    (
        "Ruth Ames said the plant would stay open — but the union doubted it.",
        Some("person:ruth-ames"),
        "the plant would stay open",
    ),
];

#[test]
fn dash_s45_table() {
    check_cases(DASH_S45);
}

/// Session 46: a known body whose name a legal form lengthens speaks itself (not the country
/// at the end of its shorter name); a participle after a comma opens a clause of its own and
/// closes no attribution.
const BODY_S46: &[(&str, Option<&str>, &str)] = &[
    (
        "Bank of America Corp said the unit was sold.",
        Some("org:bank-of-america"),
        "the unit was sold",
    ),
    (
        "Greenpeace has taken the posters off its website, saying members preferred other designs.",
        Some("org:greenpeace"),
        "members preferred other designs",
    ),
];

#[test]
fn body_s46_table() {
    check_cases(BODY_S46);
}

/// Session 46: no quote whose content is the main clause before a participle cue.
const NONE_S46: &[&str] = &[
    "Ruth Ames served on the council before joining the cabinet in 1997, declaring an interest in farming.",
];

#[test]
fn no_quote_table_s46() {
    check_no_quotes(NONE_S46);
}

/// Session 47: a subject set off with an apposition that has no article (a possessor, a
/// bare title) before "said" and a clause in the past tense; an attribution after "!" with a
/// clause of time; an inverted "Said"/"Added" opening the sentence before a quote.
const BODY_S47: &[(&str, Option<&str>, &str)] = &[
    (
        "Ruth Ames, Kenya's trade negotiator, said the plan failed.",
        Some("person:ruth-ames"),
        "the plan failed",
    ),
    (
        "Ruth Ames, spokeswoman for the ministry, said the plan failed.",
        Some("person:ruth-ames"),
        "the plan failed",
    ),
    (
        "Critics of the deal, including Ruth Ames, said the plan failed.",
        Some("person:ruth-ames"),
        "the plan failed",
    ),
    (
        "“The state is proud to cast its votes!” Karl Vendrum said as he opened the session.",
        Some("person:karl-vendrum"),
        "The state is proud to cast its votes!",
    ),
    (
        "The home became a museum. Said Dorothy Quell, “We were all so proud of him.”",
        Some("person:dorothy-quell"),
        "We were all so proud of him.",
    ),
    (
        "The home became a museum. Added Dorothy Quell, “We were all so proud of him.”",
        Some("person:dorothy-quell"),
        "We were all so proud of him.",
    ),
    // A participle of manner after "X said," is no content; the clause before is.
    (
        "Karl Vendrum sold water. Sales were great, he said, wiping sweat off his face.",
        Some("person:karl-vendrum"),
        "Sales were great",
    ),
    (
        "Diesel grades are up two cts, Vexa Corp said, bringing both grades to new highs.",
        Some("org:vexa-corp"),
        "Diesel grades are up two cts",
    ),
    // ... but a gerund subject with its verb is what was said.
    (
        "Karl Vendrum runs the network. In India, he said, digging up roads and laying cables can take weeks.",
        Some("person:karl-vendrum"),
        "digging up roads and laying cables can take weeks",
    ),
];

#[test]
fn body_s47_table() {
    check_cases(BODY_S47);
}

/// Session 47: a clause of time after the verb, or after a comma inside the subject, is no
/// one's words; nor is ", say," meaning "for example".
const NONE_S47: &[&str] = &[
    "Karl Vendrum said as he opened the session.",
    // ", say," for "for example".
    "Hooking readers on news is a lot harder than, say, hooking them on coffee.",
    "Ruth Ames, head of the Vexa Group, tweeted as Karl Vendrum spoke from the stage.",
];

#[test]
fn none_s47_table() {
    check_no_quotes(NONE_S47);
}
