package dev.recovery.shell.command;

import java.util.List;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.shell.jline.tui.component.ConfirmationInput;
import org.springframework.shell.jline.tui.component.SingleItemSelector;
import org.springframework.shell.jline.tui.component.SingleItemSelector.SingleItemSelectorContext;
import org.springframework.shell.jline.tui.component.StringInput;
import org.springframework.shell.jline.tui.component.support.SelectorItem;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.shell.jline.tui.style.Theme;
import org.springframework.shell.jline.tui.style.ThemeRegistry;
import org.springframework.shell.jline.tui.style.ThemeResolver;
import org.springframework.shell.jline.tui.style.ThemeSettings;

/**
 * Questions with Spring Shell's interactive components: a list to pick from (arrow keys, or type to
 * filter, then Enter), a text input, a yes/no confirmation. Colourless ("dump" theme) when colour is
 * off.
 */
final class ComponentQuestions implements Questions {

    private final Terminal terminal;
    private final DefaultResourceLoader resources = new DefaultResourceLoader();
    private final TemplateExecutor templates;

    ComponentQuestions(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        ThemeRegistry themes = new ThemeRegistry();
        themes.register(Theme.of("default", ThemeSettings.defaults()));
        themes.register(Theme.of("dump", ThemeSettings.dump()));
        this.templates = new TemplateExecutor(new ThemeResolver(themes, colour ? "default" : "dump"));
    }

    @Override
    public String choose(String question, List<String> choices) {
        List<SelectorItem<String>> items = choices.stream().map(c -> SelectorItem.of(c, c)).toList();
        SingleItemSelector<String, SelectorItem<String>> selector = new SingleItemSelector<>(terminal, items, question, null);
        selector.setResourceLoader(resources);
        selector.setTemplateExecutor(templates);
        selector.setMaxItems(Math.min(choices.size(), 15));
        SingleItemSelectorContext<String, SelectorItem<String>> result = selector.run(SingleItemSelectorContext.empty());
        return result.getResultItem().map(SelectorItem::getItem).orElseThrow(() -> new UserInterruptException(""));
    }

    @Override
    public String ask(String question) {
        StringInput input = new StringInput(terminal, question, null);
        input.setResourceLoader(resources);
        input.setTemplateExecutor(templates);
        String value = input.run(StringInput.StringInputContext.empty()).getResultValue();
        return value == null ? "" : value;
    }

    @Override
    public boolean confirm(String question) {
        ConfirmationInput input = new ConfirmationInput(terminal, question, false);
        input.setResourceLoader(resources);
        input.setTemplateExecutor(templates);
        Boolean value = input.run(ConfirmationInput.ConfirmationInputContext.empty()).getResultValue();
        return Boolean.TRUE.equals(value);
    }

    @Override
    public void complain(String message) {
        terminal.writer().println("  " + message);
        terminal.writer().flush();
    }
}
