package org.briefingreader.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.briefingreader.app.LibraryService;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Ids;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.ui.InMemoryBriefingStore;
import org.briefingreader.ui.TestBriefings;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.Test;

/** The library list's filter and sort orders, without the toolkit. */
class LibraryFilterAndSortTest {
    private final Briefing seed = TestBriefings.japanRussia();
    private final Briefing arctic = TestBriefings.simple("Arctic Shipping Lanes Open Up", Optional.of(LocalDate.of(2021, 3, 1)), 2);
    private final Briefing ivory = briefing("Côte d\u2019Ivoire Votes Again", Optional.of(LocalDate.of(2019, 10, 2)),
            "Agence Réunion", "Élodie Núñez");
    private final Briefing undated = TestBriefings.simple("Notes Without a Date", Optional.empty(), 1);

    private static LibraryViewModel loaded(Briefing... briefings) {
        LibraryViewModel model = new LibraryViewModel(new LibraryService(new InMemoryBriefingStore(briefings)),
                new InlineBackgroundRunner());
        model.load(Optional.empty());
        return model;
    }

    private static Briefing briefing(String title, Optional<LocalDate> date, String source, String byline) {
        return new Briefing(Ids.briefingId(title, date, "made.txt"), title, Optional.empty(), Optional.of(source),
                date.map(d -> d.atTime(9, 0).atZone(ZoneId.of("UTC"))), Optional.empty(), Optional.of(byline),
                List.of(), List.of(), List.of(new Paragraph("lede.p1", "About " + title + ".")), List.of(),
                "made.txt", "sha256:" + "2".repeat(64), Optional.empty());
    }

    private static List<String> shownTitles(LibraryViewModel model) {
        return model.shownProperty().stream().map(LibraryEntry::title).toList();
    }

    @Test
    void everyWordOfTheFilterMustOccurSomewhere() {
        LibraryViewModel model = loaded(seed, arctic, ivory, undated);

        model.filterProperty().set("japan stratfor");
        assertThat(shownTitles(model)).containsExactly(TestBriefings.JAPAN_RUSSIA_TITLE);

        model.filterProperty().set("japan arctic");
        assertThat(model.shownProperty()).isEmpty();
    }

    @Test
    void filterWordsMatchInsideWordsAndInAnyOrder() {
        LibraryViewModel model = loaded(seed, arctic, ivory, undated);

        model.filterProperty().set("LANES ship");

        assertThat(shownTitles(model)).containsExactly("Arctic Shipping Lanes Open Up");
    }

    @Test
    void filterIgnoresCaseAccentsAndCurlyApostrophes() {
        LibraryViewModel model = loaded(seed, arctic, ivory, undated);

        model.filterProperty().set("COTE d'ivoire");
        assertThat(shownTitles(model)).containsExactly("Côte d\u2019Ivoire Votes Again");

        model.filterProperty().set("réunion");
        assertThat(shownTitles(model)).containsExactly("Côte d\u2019Ivoire Votes Again");
    }

    @Test
    void filterLooksInSubtitleSourceBylineAndTheDateAsShown() {
        LibraryViewModel model = loaded(seed, arctic, ivory, undated);

        model.filterProperty().set("judo");
        assertThat(shownTitles(model)).as("subtitle").containsExactly(TestBriefings.JAPAN_RUSSIA_TITLE);
        model.filterProperty().set("test desk");
        assertThat(shownTitles(model)).as("source")
                .containsExactly("Arctic Shipping Lanes Open Up", "Notes Without a Date");
        model.filterProperty().set("nunez");
        assertThat(shownTitles(model)).as("byline").containsExactly("Côte d\u2019Ivoire Votes Again");
        model.filterProperty().set("may 25, 2018");
        assertThat(shownTitles(model)).as("date").containsExactly(TestBriefings.JAPAN_RUSSIA_TITLE);
        model.filterProperty().set("undated");
        assertThat(shownTitles(model)).as("no date").containsExactly("Notes Without a Date");
    }

    @Test
    void filterDoesNotLookInTheBriefingBody() {
        LibraryViewModel model = loaded(seed, arctic);

        model.filterProperty().set("Khabarovsk");

        assertThat(model.shownProperty()).isEmpty();
    }

    @Test
    void noMatchLeavesTheListEmptyAndSaysWhatWasTyped() {
        LibraryViewModel model = loaded(seed, arctic, undated);

        model.filterProperty().set("  xyz ");

        assertThat(model.shownProperty()).isEmpty();
        assertThat(model.emptyMessageProperty().get()).isEqualTo("No briefings match \u201cxyz\u201d.");
        assertThat(model.statusProperty().get()).isEqualTo("0 of 3 briefings shown.");
        assertThat(model.entriesProperty()).hasSize(3);
    }

    @Test
    void blankFilterShowsEverythingAndTheUsualStatus() {
        LibraryViewModel model = loaded(seed, arctic, undated);
        model.filterProperty().set("arctic");
        assertThat(model.statusProperty().get()).isEqualTo("1 of 3 briefings shown.");
        assertThat(model.isFiltering()).isTrue();

        model.filterProperty().set("   ");

        assertThat(model.shownProperty()).hasSize(3);
        assertThat(model.isFiltering()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("3 briefings in the library.");
    }

    @Test
    void statusGroupsThousandsInALargeLibrary() {
        List<Briefing> many = new ArrayList<>();
        IntStream.rangeClosed(1, 1200).forEach(i -> many.add(
                TestBriefings.simple("Briefing number " + i, Optional.of(LocalDate.of(2020, 1, 1).plusDays(i)), 1)));
        LibraryViewModel model = loaded(many.toArray(Briefing[]::new));
        assertThat(model.statusProperty().get()).isEqualTo("1,200 briefings in the library.");

        model.filterProperty().set("number 1199");

        assertThat(model.statusProperty().get()).isEqualTo("1 of 1,200 briefings shown.");
    }

    @Test
    void newestFirstByDefaultWithUndatedLast() {
        LibraryViewModel model = loaded(undated, seed, arctic, ivory);

        assertThat(model.sortProperty().get()).isEqualTo(LibrarySort.NEWEST);
        assertThat(model.shownProperty()).extracting(LibraryEntry::id)
                .containsExactly(arctic.id(), ivory.id(), seed.id(), undated.id());
    }

    @Test
    void oldestFirstStillPutsUndatedLast() {
        LibraryViewModel model = loaded(undated, seed, arctic, ivory);

        model.sortProperty().set(LibrarySort.OLDEST);

        assertThat(model.shownProperty()).extracting(LibraryEntry::id)
                .containsExactly(seed.id(), ivory.id(), arctic.id(), undated.id());
        assertThat(model.entriesProperty()).extracting(LibraryEntry::id).as("all entries keep the service's order")
                .containsExactly(arctic.id(), ivory.id(), seed.id(), undated.id());
    }

    @Test
    void titleOrderIgnoresCaseAccentsAndALeadingArticle() {
        LocalDate day = LocalDate.of(2022, 6, 1);
        LibraryViewModel model = loaded(
                TestBriefings.simple("The Zambezi Dams", Optional.of(day), 1),
                TestBriefings.simple("beyond the Wall", Optional.of(day.plusDays(1)), 1),
                TestBriefings.simple("Émile's Border", Optional.of(day.plusDays(2)), 1),
                TestBriefings.simple("An Economy Adrift", Optional.empty(), 1),
                TestBriefings.simple("A Theory of Ports", Optional.of(day.plusDays(3)), 1),
                TestBriefings.simple("Arctic Shipping", Optional.of(day.plusDays(4)), 1));

        model.sortProperty().set(LibrarySort.TITLE);

        assertThat(shownTitles(model)).containsExactly("Arctic Shipping", "beyond the Wall", "An Economy Adrift",
                "Émile's Border", "A Theory of Ports", "The Zambezi Dams");
    }

    @Test
    void aTitleThatIsOnlyAnArticleKeepsIt() {
        assertThat(LibrarySort.sortTitle("The")).isEqualTo("The");
        assertThat(LibrarySort.sortTitle("Them and Us")).isEqualTo("Them and Us");
        assertThat(LibrarySort.sortTitle("A Theory")).isEqualTo("Theory");
    }

    @Test
    void filterAndOrderCombine() {
        LibraryViewModel model = loaded(seed, arctic, ivory, undated);
        model.sortProperty().set(LibrarySort.TITLE);

        model.filterProperty().set("test");

        assertThat(shownTitles(model)).containsExactly("Arctic Shipping Lanes Open Up", "Notes Without a Date");
    }

    @Test
    void noOrderMeansNewestFirst() {
        LibraryViewModel model = loaded(undated, seed, arctic);

        model.sortProperty().set(null);

        assertThat(model.shownProperty()).extracting(LibraryEntry::id)
                .containsExactly(arctic.id(), seed.id(), undated.id());
    }

    @Test
    void selectionStaysWhenTheFilterStillShowsIt() {
        LibraryViewModel model = loaded(seed, arctic, undated);
        model.select(seed.id());

        model.filterProperty().set("japan");

        assertThat(model.selectedProperty().get().id()).isEqualTo(seed.id());
        assertThat(model.shownProperty()).contains(model.selectedProperty().get());
    }

    @Test
    void selectionTheFilterHidesIsStillBeingRead() {
        LibraryViewModel model = loaded(seed, arctic, undated);
        model.select(seed.id());

        model.filterProperty().set("arctic");

        assertThat(model.selectedProperty().get().id()).isEqualTo(seed.id());
        assertThat(model.shownProperty()).doesNotContain(model.selectedProperty().get());

        model.filterProperty().set("");
        assertThat(model.shownProperty()).contains(model.selectedProperty().get());
    }

    @Test
    void reloadKeepsTheFilterAndOrder() {
        LibraryViewModel model = loaded(seed, arctic, undated);
        model.sortProperty().set(LibrarySort.TITLE);
        model.filterProperty().set("test desk");

        model.load(Optional.empty());

        assertThat(shownTitles(model)).containsExactly("Arctic Shipping Lanes Open Up", "Notes Without a Date");
        assertThat(model.statusProperty().get()).isEqualTo("2 of 3 briefings shown.");
    }

    @Test
    void emptyMessageTellsAnEmptyLibraryFromNoMatch() {
        LibraryViewModel model = loaded();
        model.filterProperty().set("xyz");

        assertThat(model.emptyMessageProperty().get()).isEqualTo("No briefings yet.");
        assertThat(model.statusProperty().get()).isEqualTo("The library is empty.");
    }
}
