package org.uglymugs.moderation.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uglymugs.moderation.pii.DraftFixtures.flag;
import static org.uglymugs.moderation.pii.DraftFixtures.flags;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12 High Street",
                "12a Church Rd",
                "221B Baker Street",
                "3 St. John's Road",
                "14 The Grove",
                "7 Harley Dr",
                "2-4 Mill Lane",
                "9 Acacia Avenue",
                "5 Kings Court",
                "1 Cathedral Close",
                "10 Percy Pl",
                "33 Lansdowne Crescent",
                "8 Royal Terrace",
                "4 Sussex Gardens",
                "6 Shepherds Hill",
                "2 Eaton Square",
                "11 Stable Mews",
                "3 Church Row",
                "15 River Walk",
                "20 Fen Way",
                "12 high street",
                "45 Main Street",
                "Flat 3",
                "flat 3b",
                "Apartment 12",
                "Apt. 4",
                "SW1A 1AA",
                "M1 1AE",
                "EC1A 1BB",
                "sw1a 1aa",
                "B33 8TH",
                "GIR 0AA",
                "gir 0aa",
                "1012 AB",
                "1012AB",
                "D02 X285",
                "D6W 1234",
                "Damstraat 12",
                "Kerkstraat 5a",
                "Keizersgracht 123",
                "Stationsweg 4-II",
                "Vondellaan 7",
                "Rembrandtplein 1",
                "Singel 5",
                "Prins Hendrikkade 33",
                "12 Kerkstraat",
                "Zeedijk 9",
                "Van Baerlestraat 12"
            })
    void addressesAndPostcodesAreFlagged(String address) {
        assertEquals(List.of(flag(PiiKind.ADDRESS, address)), flags("It happened at " + address + ", late."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "He stayed 2 hours.",
                "3 men were waiting.",
                "2 Men Walk Off Without Paying",
                "2 guys on the road",
                "after 2 hours walk home",
                "It lasted 3 hours drive time",
                "around 10.30pm",
                "reg AB12 CDE",
                "b4 2nd date",
                "on the M6 5am",
                "at 1030 PM",
                "in his 40s",
                "in 2024 he came back",
                "took 2 Hours Close to midnight",
                "hij ging weg 2 keer",
                "betaalde 50 euro",
                "a flat fee",
                "Ring Road",
                "high street shops"
            })
    void ordinaryTextIsNotAnAddress(String text) {
        assertEquals(List.of(), flags(text));
    }
}
