namespace NewsEvents.Extraction.Tests.Places;

/// <summary>Wire-style articles written for the place tests (invented reports in the style of agency copy).</summary>
internal static class TestArticles
{
    public const string SudanElFasher = """
        KHARTOUM, June 14 (Reuters) - Sudan's paramilitary Rapid Support Forces (RSF) shelled the city of El Fasher on Friday, killing at least 18 civilians, according to local activists and medics.

        The RSF has besieged El-Fasher, the capital of North Darfur state, for weeks. Fighting has also spread to the nearby Zamzam camp, where aid groups say famine conditions prevail.

        "The shelling hit the Saudi hospital and the main market," said Mohamed Khamis, a spokesman for the Darfur Bar Association. Army commander Abdel Fattah al-Burhan vowed to defend the city.

        In Omdurman, across the Nile from Khartoum, army drones struck RSF positions, residents said. The United Nations said more than 10 million people have been displaced since April last year, many fleeing to Chad and South Sudan.

        Minni Minawi, the governor of Darfur, said forces allied with the army would retake Mellit and Kutum.
        """;

    public const string UkraineStrikes = """
        KYIV, Ukraine (AP) — Russian forces launched a barrage of missiles and drones at Ukraine overnight, hitting energy facilities in the Kharkiv and Zaporizhzhia regions, officials said Saturday.

        Kharkiv Mayor Ihor Terekhov said three people were killed when a glide bomb struck a residential building. In the Donetsk region, Russian troops pressed their offensive near Pokrovsk and Chasiv Yar, according to Ukraine's General Staff.

        President Volodymyr Zelenskyy urged Western allies to supply more air defense systems. "We need Patriots, not promises," he said in his nightly address.

        Kremlin spokesman Dmitry Peskov told reporters in Moscow that the strikes targeted military infrastructure. Russia's Defense Ministry said its forces had captured the village of Novomykhailivka.

        The head of the Odesa regional administration, Oleh Kiper, said a drone attack damaged port infrastructure in Izmail on the Danube River, near the border with Romania.
        """;

    public const string GazaStrikes = """
        GAZA (Reuters) - Israeli air strikes killed at least 32 Palestinians across the Gaza Strip on Tuesday, health officials said, as tanks pushed deeper into Rafah and Jabalia.

        Medics said one strike hit a house in the Nuseirat camp in central Gaza, killing 11 members of one family. Another hit a school sheltering displaced families in Khan Younis.

        The Israeli military said it was operating against Hamas fighters in the Shejaia district of Gaza City. It did not comment on the casualty reports.

        Hamas said in a statement that its fighters had ambushed an Israeli force east of Rafah. Egypt and Qatar, which mediate between the two sides, called for an immediate ceasefire. Secretary of State Antony Blinken was due in Cairo on Wednesday.
        """;

    public const string MexicoSinaloa = """
        CULIACAN, Mexico (AP) — Gunmen killed six people in the capital of Mexico's Sinaloa state on Sunday as a war between factions of the Sinaloa cartel entered its fourth month, state prosecutors said.

        The bodies were found on a highway outside Culiacan, near the town of Costa Rica, authorities said. Governor Rubén Rocha Moya said schools in Culiacán would remain closed.

        Federal security chief Omar García Harfuch said 200 soldiers had been sent to the region. In neighboring Durango, police reported two shootings.
        """;

    public const string SyriaCounteroffensive = """
        DAMASCUS, Syria — Forces loyal to President Bashar Assad launched a counteroffensive north of Hama on Tuesday, Syrian state media reported.

        The Assad government said its troops had retaken several villages. Abdul Rahman, head of the monitoring group, said Russian jets struck Maarat al-Numan and Jisr al-Shughour overnight. Rami Abdurrahman said at least 30 fighters were killed near Khan Sheikhoun.

        Hassan, a resident of Binnish, said families were sleeping in olive groves. Mustafa Abdul Jaber, a spokesman for the Jaish al-Izza faction, said fighters had reached the outskirts of Mhardeh. In Latakia, pro-government militias gathered. Kurdish-led forces in Deir ez-Zor province and Raqqa were on alert. The Bab al-Hawa crossing with Turkey remained open.
        """;

    public const string OrganisationsAndPeople = """
        Hezbollah and Hamas condemned the strike in Syria, Al Jazeera reported. The Kremlin and the Pentagon declined to comment, AFP and AP said.
        The United Nations Security Council met in New York on Monday. NATO allies and the European Union called for restraint. The Red Cross and Doctors Without Borders said hospitals in Aleppo were overwhelmed. Amnesty International and Human Rights Watch urged an inquiry.
        Wagner mercenaries and ISIS fighters were seen near Palmyra. Reuters could not verify the reports. Sunday's attack was the deadliest since January. Saturday, officials in Idlib said 12 people died.
        The Syrian Democratic Forces (SDF) and the Free Syrian Army clashed near Manbij, according to the Britain-based Syrian Observatory for Human Rights. Abu Mohammed al-Jolani addressed fighters in Aleppo. General Suheil al-Hassan led the counter-attack from Hama. Asma al-Assad and Bashar al-Assad left for Moscow. Maher said the army would return. Ahmad al-Sharaa and Hadi al-Bahra met in Ankara.
        """;
}
