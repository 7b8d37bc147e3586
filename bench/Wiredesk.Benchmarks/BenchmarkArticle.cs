namespace Wiredesk.Benchmarks;

/// <summary>A news article of about 500 words, written for the benchmarks (the events and quotations are invented).</summary>
internal static class BenchmarkArticle
{
    public const string Text = """
        NATO allies agree to boost air defences after talks in Ankara

        ANKARA, 15 May 2025 (Wiredesk) - NATO Secretary-General Mark Rutte met Turkish President Recep Tayyip Erdoğan in Ankara on Thursday, as alliance foreign ministers gathered in Türkiye to discuss air defence, support for Ukraine and the war in Gaza.

        Rutte told reporters at the presidential complex that the allies had agreed to speed up deliveries of Patriot and IRIS-T systems to Kyiv before the summer. "It's not too late to come to the table," he said, urging Moscow to accept a ceasefire proposed by the United States last month.

        German Foreign Minister Johann Wadephul, who arrived from Berlin on Wednesday evening, said Germany would finance two more batteries. "We cannot leave Ukrainian cities without protection while Russia keeps firing missiles at power plants," Wadephul said at a joint news conference with his Turkish counterpart Hakan Fidan.

        Fidan said Türkiye was ready to host direct talks between Russian and Ukrainian delegations in Istanbul, repeating an offer first made in 2022. The Kremlin spokesman, Dmitry Peskov, told the Interfax news agency that Moscow had "taken note" of the proposal but gave no date.

        U.S. Secretary of State Marco Rubio, attending his second NATO meeting, pressed European governments to raise military spending to 5 percent of gross domestic product. Several ministers, including Spain's José Manuel Albares, said the target was unrealistic within a decade.

        The European Union's foreign policy chief, Kaja Kallas, said the bloc was preparing a 17th package of sanctions against Russia targeting oil tankers and Chinese suppliers of drone parts. Hungary and Slovakia have threatened to block the package, diplomats in Brussels said.

        Outside the meeting, several hundred protesters marched through central Ankara carrying Palestinian flags and calling on the government to cut trade with Israel. Police closed Atatürk Boulevard for two hours. The Turkish Ministry of Trade said exports to Israel had been suspended since May 2024.

        Erdoğan, who has positioned Türkiye as a mediator, told the ministers that a lasting peace in Ukraine required "a fair solution that respects the territorial integrity of all states". He also called for an immediate ceasefire in Gaza and the delivery of humanitarian aid through the Rafah crossing with Egypt.

        Analysts at the Istanbul-based Centre for Economics and Foreign Policy Studies said the meeting showed Ankara's growing weight inside the alliance. "Turkey is the only ally that can talk to both Kyiv and Moscow," said Sinan Ülgen, the think tank's chairman.

        Shares in Aselsan, the Turkish defence electronics maker, rose 4 percent on the Borsa Istanbul after the company said it had signed a contract with the Netherlands for its Korkut air defence system. Baykar, the maker of the Bayraktar TB2 drone, said on Friday it would open a factory in Italy with Leonardo.

        The ministers will meet again in The Hague in June, where leaders are expected to approve a new spending target. Rutte said he was confident that all 32 allies would sign up. Mr. Rubio left Ankara for Antalya on Friday morning, the State Department said.
        """;
}
