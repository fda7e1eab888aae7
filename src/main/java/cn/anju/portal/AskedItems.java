package cn.anju.portal;

import cn.anju.application.StatusEvent;
import cn.anju.application.TimelineEntryType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;

/**
 * Which of the clerk's asked-for items the family has since uploaded. The items are the clerk's own
 * words ("租赁合同 Lease contract"), so an item counts as received when a document uploaded after the
 * request is of a kind the item names, in either language; anything else stays missing until the
 * family answers.
 */
final class AskedItems {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private AskedItems() {
    }

    static List<FamilyJourney.Item> of(List<String> items, List<StatusEvent> timeline, MessageSource messages) {
        List<String> uploadedKinds = uploadedSinceTheRequest(timeline);
        return items.stream().map(item -> new FamilyJourney.Item(item, uploadedKinds.stream()
                .anyMatch(kind -> names(kind, item, messages)))).toList();
    }

    private static List<String> uploadedSinceTheRequest(List<StatusEvent> timeline) {
        int asked = -1;
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).is(TimelineEntryType.ONE_TIME_NOTICE_SENT)) {
                asked = i;
            }
        }
        return timeline.subList(asked + 1, timeline.size()).stream()
                .filter(e -> e.is(TimelineEntryType.DOCUMENT_UPLOADED) && e.detail() != null)
                .map(e -> new EntryFacts(e.detail()).words())
                .filter(words -> !words.isEmpty()).map(words -> words.get(0)).toList();
    }

    private static boolean names(String kind, String item, MessageSource messages) {
        String wanted = item.toLowerCase(Locale.ROOT);
        return LANGUAGES.stream().flatMap(locale -> Stream.of(
                        messages.getMessage("timeline.document." + kind, null, null, locale),
                        messages.getMessage("js.document." + kind, null, null, locale)))
                .filter(name -> name != null && !name.isBlank())
                .anyMatch(name -> wanted.contains(name.toLowerCase(Locale.ROOT)));
    }
}
