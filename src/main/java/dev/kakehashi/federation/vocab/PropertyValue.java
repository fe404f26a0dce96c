package dev.kakehashi.federation.vocab;

/** A profile field: a label and an HTML value. */
public record PropertyValue(String type, String name, String value) {
    public static PropertyValue of(String name, String valueHtml) {
        return new PropertyValue("PropertyValue", name, valueHtml);
    }
}
