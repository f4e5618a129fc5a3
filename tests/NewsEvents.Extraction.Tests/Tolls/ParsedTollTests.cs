using NewsEvents.Extraction.Events;

namespace NewsEvents.Extraction.Tests.Tolls;

/// <summary>The casualty grammar read through the parse: victims are what the harm verb governs, counted and summed.</summary>
public class ParsedTollTests
{
    // The sentence's killed total as an event reckons it from the tolls (distinct victim groups add up); null for none.
    private static int? Killed(string sentence)
    {
        var killed = TollTestKit.Tolls(sentence).Where(t => t.Kind == "killed").ToList();
        return killed.Count == 0 ? null : Fatalities.Best(killed);
    }

    [Theory]
    [InlineData("Gunmen killed six sheikhs near the mosque on Friday.", 6)]
    [InlineData("Nine street cleaners were killed when the bomb went off.", 9)]
    [InlineData("The raiders killed two herders and stole their cattle.", 2)]
    // people WordNet lacks, from the toll lexicon
    [InlineData("Soldiers attacked and killed at least nine pastoralists and injured others near the wells.", 9)]
    [InlineData("Masked men shot dead a city councilor outside his shop on Tuesday.", 1)]
    [InlineData("Soldiers killed a marabout on his farm near the river.", 1)]
    // "militia" counted by a number is its members
    [InlineData("Five militia were killed in clashes with rebels near the border.", 5)]
    public void AnyPersonNounIsAVictim(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    [InlineData("Two militants and five policemen were killed in the fighting.", 7)]
    [InlineData("In Opit, nine traders and a policeman were killed when raiders stormed the market.", 10)]
    [InlineData("In Opit, 14 herders and a guard were killed when raiders fired on the camp.", 15)]
    [InlineData("The attackers killed three farmers and two traders before dawn.", 5)]
    [InlineData("A woman and four of her children were killed in the blast.", 5)]
    [InlineData("Masked men killed the activist, his wife and their neighbour.", 3)]
    // the same lists before a passive, which the parser reads as two subjects or hangs the second member under the first
    [InlineData("The activist, his wife and their neighbour were shot dead at home.", 3)]
    [InlineData("A village headman, his wife and two daughters were shot dead at their farm.", 4)]
    // number words the tagger alone takes for a name or a verb
    [InlineData("Rebel fighters have beheaded seven loggers they kidnapped last week.", 7)]
    // the second victim joined to the first one's of-phrase
    [InlineData("Attackers killed a district organiser of the union and his son on Thursday.", 2)]
    // "them" after a verb that counted them
    [InlineData("Rebels seized five herders on Monday and killed them near the river.", 5)]
    [InlineData("Seven fleeing farmers, including two girls, were gunned down by raiders on Sunday.", 7)]
    public void CoordinatedVictimsAddUp(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // an apposition names the same person again
    [InlineData("The teacher, a father of two, was shot dead at the gate.", 1)]
    [InlineData("One man, a shopkeeper, was killed in the raid.", 1)]
    public void AnAppositionIsNoSecondVictim(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // one article over two roles is one person; a comma closes the apposition before the verb
    [InlineData("The union leader, a teacher and campaigner for land rights, was killed in Bukavu on Friday.", 1)]
    [InlineData("Mourners recalled the shooting death of a trader and activist in the port city.", 1)]
    // sex, age and kin nouns are people of their own
    [InlineData("Mourners recalled the shooting death of a farmer and son in the port city.", 2)]
    public void OnePersonInTwoRolesIsOne(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // the second subject hung from the verb beside the first
    [InlineData("The ferryman and his wife were killed by the raiders near the ford.", 2)]
    // the second victim joined to the verb rather than to its object
    [InlineData("A bomb hidden under a preacher's chair killed him and two other worshippers.", 3)]
    public void ASecondVictimTheParserHangsElsewhereCounts(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // the parser takes the last noun before the verb for its subject and hangs the person under it
    [InlineData("The deputy chief of the Lowa-Tenge (Low Tenge) district near Kuvo in eastern Barana was killed on Friday in an ambush.", 1)]
    // a relative pronoun stands for the people its clause modifies
    [InlineData("In the town of Rivera, three adults and two children who died under a burst of gunfire as they sat outside a cafe.", 5)]
    // the harm hung under the person it befell
    [InlineData("A police spokesman in the capital says a teacher covering the night shift has been shot and killed outside Lome.", 1)]
    // the dying joined to the agent of the first verb
    [InlineData("Ali Tamba, the union's regional secretary in the Kolo district of Sefa province, was shot outside his shop on Saturday night by masked raiders and died from the injuries at a clinic.", 1)]
    // the clause's subject read as the object of the verb that reports it
    [InlineData("Lowan police say a mayor from eastern Lowa has been ambushed and killed.", 1)]
    // a dash aside between the victim and the verb
    [InlineData("A boatman -- the one who rows traders across -- was shot dead at the jetty, witnesses said.", 1)]
    public void ASubjectTheParserLosesIsFound(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // the verb read as a modifier, or its object as a number, or the object hung under another clause
    [InlineData("A sniper on Monday killed veteran Malian broadcaster Oumar Kante outside a market in Gao.", 1)]
    [InlineData("A group of youths armed with clubs killed the Kanya ward councillor in Oda district in what police believe was a land dispute.", 1)]
    // "shot" read as a noun and "dead" as the verb, with the second victim joined to the first one's of-phrase
    [InlineData("Unknown armed men shot dead a founder of the Farmers Union (FU) and his cousin in the centre of Kessa.", 2)]
    public void AnObjectTheParserLosesIsFound(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // a sentence-initial number the parser made the head of the sentence
    [InlineData("Seven Christians and a member of the village guard were slain when raiders stormed the market.", 8)]
    // a party's name is no person; the man it qualifies is
    [InlineData("People's Liberty Party (PLP) chairman Moses Okello and his brother died when a bomb went off under their car in Lira.", 2)]
    // the sentence-initial number hung apart from its people, and the harm joined to the number
    [InlineData("Nine displaced Somalis, including three children, were killed by border guards while trying to cross the river on Sunday night, a monitoring group said.", 9)]
    public void TheParsersHeadsAreNotTheCount(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Fact]
    public void AKillerBeforeTheVerbIsNoVictim() =>
        Assert.Equal(["trader"], TollTestKit.Tolls("A gunman killed another trader near the market on Friday.").Select(t => t.Victims));

    [Fact]
    public void ADayOfTheMonthCountsNobody() =>
        Assert.DoesNotContain(TollTestKit.Tolls("Around 15 June 2019 (as reported by locals), herders blocked the highway near Kessa after four people of the Borana clan were killed in a raid."),
            t => t.Kind == "killed" && t.Best == 15);

    [Theory]
    // a weekday the parser takes for the second verb's object
    [InlineData("Union organiser Paulo Mendes was shot and killed Thursday by guards during a strike at the plantation.", 1)]
    [InlineData("Local councillor Rosa Lima was shot and killed Saturday by gunmen outside her office.", 1)]
    public void ADayIsNoVictim(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // a place in a series restates the victim just named
    [InlineData("Farm activist Tomas Reyes was shot dead Friday in the southern province, the third rural organiser killed as the talks drag on.", 1)]
    public void AnOrdinalRestatesTheVictim(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    [InlineData("A party organiser was shot on Monday night and later died in hospital.", 1)]
    // a date between the harm and the death is no figure of its own
    [InlineData("A candidate for governor of Lowa, Pedro Alves Lima, from the National Farmers Party (NFP), was shot on Tuesday evening [3 May], and later died in hospital.", 1)]
    [InlineData("The council chairman was shot by a sniper and died of his wounds.", 1)]
    [InlineData("A ward officer was shot on Monday and later succumbed to his injuries.", 1)]
    [InlineData("Four farmers have now lost their lives over the disputed land.", 4)]
    [InlineData("At least 30 farmers in the border village were feared killed on Tuesday.", 30)]
    [InlineData("Six travellers were burnt to death when militants set their bus on fire.", 6)]
    [InlineData("Raiders burst into a wedding, stabbing to death nine guests.", 9)]
    [InlineData("The shooting death of a councillor on Friday shocked the town.", 1)]
    // "to death" however the parser hangs it, and "shot" tagged as an adjective
    [InlineData("A ward councillor was shot to death Thursday, inside a bakery in the west.", 1)]
    [InlineData("A court clerk and a translator have been fatally shot, and a third person hurt.", 2)]
    // the harm noun governs "to death", whose "of" names the victims; "stabbing" doubles the verb's last letter
    [InlineData("An armed faction owned up to the hacking to death of the poet near the ferry.", 1)]
    [InlineData("Elders demanded justice for the stabbing to death of two cattle traders.", 2)]
    [InlineData("Residents mourned the stabbing death of a nurse outside the clinic.", 1)]
    public void DeathsToldAfterTheHarmOrAsReportedCount(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // what else is found with the remains is not dead ("a wounded man"), and an age is no toll
    [InlineData("Police reached the farm where the four bodies and a fifth wounded man were found.", 4)]
    [InlineData("Police said that the boy, aged 15, was stabbed to death after his abduction.", 1)]
    public void OnlyTheDeadAreCounted(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Fact]
    public void WhatIsBuriedWithoutPeopleIsNoToll() => Assert.Null(Killed("Troops buried weapons and fuel in the forest."));

    // "killed and wounded 40 guests": the verbs share their object; the bomber before them is not a victim
    [Fact]
    public void AVerbJoinedToOneWithAnObjectIsNoParticipleOfItsSubject() =>
        Assert.Null(Killed("A suicide bomber killed and wounded at least 40 guests at a wedding near the border."));

    [Theory]
    [InlineData("The judge was killed along with his clerk in the ambush.", 2)]
    [InlineData("The chairman was killed alongside his driver and two guards.", 4)]
    [InlineData("A herder was shot dead together with his two sons near the river.", 3)]
    // the phrase after a comma hung as a parataxis
    [InlineData("On 3 May 2024, foreign fighters from a private army shot and killed the chief of Opit village, together with his son and his driver, near the river.", 3)]
    // the phrase hung from a second verb of the same subject
    [InlineData("A village chief was murdered and burned along with his two wives.", 3)]
    public void ThoseKilledAlongWithTheVictimAddUp(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    [InlineData("Four men who were returning from the market were killed.", 4)]
    [InlineData("Eleven workers, who had gathered at the gate before their shift, were killed.", 11)]
    [InlineData("Two militants who had crossed the river and five policemen were killed in the clash.", 7)]
    [InlineData("Gunmen killed two farmers and a teacher who was walking home.", 3)]
    public void ARelativeClauseDoesNotBreakTheBinding(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    [InlineData("Gunmen shot dead a village elder on Sunday evening.")]
    [InlineData("The district mayor was killed by an unknown assailant.")]
    [InlineData("Armed men killed former lawmaker Daniel Otieno outside his home.")]
    [InlineData("Militants beheaded a teacher in front of his pupils.")]
    [InlineData("He was gunned down as he left the mosque.")]
    [InlineData("A Ruva Farmers Movement official has been assassinated at his desk in Opit.")]
    public void AnImplicitSingleVictimIsOne(string sentence) => Assert.Equal(1, Killed(sentence));

    [Theory]
    [InlineData("A shopkeeper was beaten to death by a mob near the market.", 1)]
    [InlineData("Two porters were stoned to death on the road.", 2)]
    [InlineData("A nurse was found executed behind the clinic.", 1)]
    [InlineData("A clerk of the court was found beaten and stabbed to death near the river.", 1)]
    // "to death" read as an infinitive that takes the victim
    [InlineData("Attackers stormed the shrine, stabbing to death a caretaker and injuring two others.", 1)]
    // whoever is buried is dead
    [InlineData("Mourners buried 14 victims of the ambush on Sunday.", 14)]
    [InlineData("Six drivers were shot to death at a fuel depot and three others hurt.", 6)]
    // the result word right after the verb, wherever the parser hangs it ("dead" read as a modifier of "Friday")
    [InlineData("Peter Okoth, 28, a community leader on the reserve in Kisumu, was shot dead Friday.", 1)]
    [InlineData("The village chief was found murdered in his field.", 1)]
    [InlineData("A 30-year-old cyclist was shot and killed by soldiers manning a checkpoint.", 1)]
    [InlineData("A four-year-old was killed in the crossfire.", 1)]
    [InlineData("Rebels captured and killed a soldier near the bridge.", 1)]
    [InlineData("Police detained a driver on Monday. His body was found in a ditch the next day.", 1)]
    [InlineData("Villagers recovered three bodies from the river.", 3)]
    [InlineData("The body of a herder was discovered near the well.", 1)]
    // a headline's participle hung under the one whose body it is
    [InlineData("Body of a young woman found behind the market in Opit, apparently killed overnight.", 1)]
    [InlineData("Gunmen opened fire on a minibus. 1 fatality.", 1)]
    [InlineData("A guard fired twice into the crowd and he died on the spot.", 1)]
    [InlineData("Raiders hacked an old fisherman to death near the lake.", 1)]
    [InlineData("A sniper fatally shot a well-known tribal figure at the market.", 1)]
    [InlineData("The village head of Opit was gunned down on his farm.", 1)]
    [InlineData("Gunmen shot and killed the head of the local water board.", 1)]
    [InlineData("Rebels killed a family of six in their home.", 6)]
    // the size the parser hangs under the next word
    [InlineData("Bandits slaughtered a family of nine celebrating Easter at their farm near Kessa.", 9)]
    [InlineData("Raiders killed a family of seven sleeping in a hut near Kessa.", 7)]
    [InlineData("An elderly couple were killed when the shell hit their house.", 2)]
    // two harms sharing "to death", the victims hung elsewhere by the parser
    [InlineData("Raiders burst into a wedding, stabbing and hacking to death nine guests, police said.", 9)]
    [InlineData("The gang stabbed and slashed to death four ferry workers.", 4)]
    [InlineData("Six fishermen drowned when soldiers fired on their canoe.", 6)]
    [InlineData("The detainee was strangled in his cell, his lawyer said.", 1)]
    [InlineData("Nine herders were set ablaze in their camp by the mob.", 9)]
    // "dead" read as the object of the finding
    [InlineData("Raiders attacked the hamlet at dusk, one farmer was found shot dead, and the rest fled.", 1)]
    // the participle read as a clause of its own beside the finding
    [InlineData("The missing clerk was found tortured and hacked to death in a forest, the commission said Monday.", 1)]
    // a surname alone names the person the text named in full
    [InlineData("Mourners gathered at the home of Thabo Ndlovu. Ndlovu was fatally stabbed on Sunday.", 1)]
    // a day of the month the parser took for the second verb's object
    [InlineData("The paramount chief of the clan was ambushed and killed Friday 22nd March 2024 near the ford.", 1)]
    // a relative pronoun whose clause the parser hung elsewhere stands for the noun before it
    [InlineData("Relatives shared pictures that they say show the body of a young teacher and poet who is believed to have been murdered by the militia in the hills.", 1)]
    // the harm read as a clause under the participle that describes its subject
    [InlineData("On 3 May 2024, a detainee being held in Opit (Kessa) was reportedly beaten to death by jail guards.", 1)]
    // a relative pronoun as the object stands for the noun before it
    [InlineData("On May 3, residents made the police in Opit hand over a theft suspect whom the crowd then lynched.", 1)]
    // a second harm noun that counts a group of its own is no second harm of the first
    [InlineData("Soldiers fired on the marchers, causing one fatality and injuries to nine others.", 1)]
    // the first subject made the head of the sentence, the harm joined to it
    [InlineData("Peter Okoth, head of news at a local radio station, and one John Wafula were assassinated by unknown gunmen in Kisumu.", 2)]
    // a person noun tagged an adjective whose article the parser hung elsewhere
    [InlineData("On 2 May 2024, a 60-year old Ruvan civilian was killed in army shelling of Opit.", 1)]
    // the next member joined to the name that follows a noun
    [InlineData("The band said its drummer Juan Ruiz and its singer Elias Soto were found murdered.", 2)]
    // a name between commas after a kin noun is that person's name
    [InlineData("Thabo Ndlovu and his cousin, Sipho Dube, were shot dead on Sunday night.", 2)]
    public void HarmToldOtherwiseStillCounts(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    // a shooting the report tells of with no word of a wound, of care or of survival is a killing
    [InlineData("A magistrate was shot at his home in Tarsa late on Saturday.", 1)]
    [InlineData("Masked men shot two money changers at a market in Tarsa on Monday.", 2)]
    // "shot" tagged an adjective after "were"
    [InlineData("Thirty prisoners were reportedly shot on Friday for \"desertion\", and their bodies dumped in a ditch outside the town, the monitors said.", 30)]
    public void AShootingWithNoWoundToldIsAKilling(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    [InlineData("A guard was shot in the leg during the raid on Tarsa.")]
    [InlineData("Soldiers shot at the crowd in Tarsa on Monday.")]
    [InlineData("The gunmen had no time to shoot him before police arrived.")]
    [InlineData("A trader was shot on Monday and is recovering in a Tarsa hospital.")]
    [InlineData("Police shot into the air to disperse the crowd in Tarsa.")]
    [InlineData("Rebels shot down an army helicopter near Tarsa.")]
    [InlineData("A herder was shot near Tarsa. He survived and was flown out.")]
    public void AShootingSomeoneLivedThroughIsNoKilling(string sentence) => Assert.Null(Killed(sentence));

    [Theory]
    [InlineData("One person was killed and 12 injured in the blast.")]
    [InlineData("A soldier was shot and wounded at the gate.")]
    [InlineData("Villagers found bodies of cattle near the well.")]
    [InlineData("Raiders killed a head of cattle near the well.")]
    public void NoKillingIsReadIntoWhatWasNot(string sentence) => Assert.Equal(sentence.StartsWith("One") ? 1 : null, Killed(sentence));

    [Theory]
    [InlineData("The bombing left three dead and dozens hurt.", 3)]
    [InlineData("The bodies of 12 men were found near the river.", 12)]
    public void LeavingDeadAndBodiesBind(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));

    [Theory]
    [InlineData("The commander threatened to kill a hostage.")]
    [InlineData("No one was killed in the attack.")]
    [InlineData("The militia could kill a prisoner, the mediator warned.")]
    [InlineData("The soldiers did not shoot dead the farmer, the army said.")]
    public void UnrealisedOrNegatedHarmIsNoToll(string sentence) => Assert.Null(Killed(sentence));

    [Theory]
    [InlineData("The group admitted the killing of a local chief in the hills.", 1)]
    [InlineData("Police are investigating the murder of two teachers at the school.", 2)]
    public void AHarmNounCountsWhatHangsFromIt(string sentence, int expected) => Assert.Equal(expected, Killed(sentence));
}
