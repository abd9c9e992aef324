package dev.labforge.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The FreeMarker templates a render uses: {@code <labDir>/templates/} first (a lab overrides any
 * built-in by its relative name, e.g. {@code startup/ceos/startup-config.cfg.ftl}), then the built-ins
 * packaged under {@code /templates} in the generator jar.
 *
 * <p>The built-in catalog is created once per JVM and caches parsed templates, so a warm render
 * does no parsing. Settings: missing values are errors (no silent defaults), numbers print as
 * computer numbers (65010, not 65,010), booleans as true/false, output is plain text.
 * Templates also get {@code yaml(name)}, which quotes a spec name when YAML would misread it plain.
 */
public final class TemplateCatalog {
    static final String CLASSPATH_ROOT = "/templates";
    /** The folder inside a lab that overrides built-in templates. */
    public static final String LAB_TEMPLATES_DIR = "templates";

    private final Configuration configuration;
    private final Path overrideDir;

    private TemplateCatalog(Configuration configuration, Path overrideDir) {
        this.configuration = configuration;
        this.overrideDir = overrideDir;
    }

    /** The packaged templates only. Shared and thread-safe. */
    public static TemplateCatalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * The catalog for a lab folder: its {@code templates/} overrides, then the built-ins. A lab
     * without a templates folder gets the shared built-in catalog. Reads, never writes.
     */
    public static TemplateCatalog forLab(Path labDir) {
        Path dir = labDir.resolve(LAB_TEMPLATES_DIR);
        if (!Files.isDirectory(dir)) {
            return builtIn();
        }
        FileTemplateLoader labLoader;
        try {
            labLoader = new FileTemplateLoader(dir.toFile());
        } catch (IOException e) {
            throw new RenderException("cannot read lab templates folder " + dir + ": " + e.getMessage(), e);
        }
        MultiTemplateLoader loader = new MultiTemplateLoader(new TemplateLoader[] {labLoader, classpathLoader()});
        // Not sticky: an override added later must win over a built-in found before.
        loader.setSticky(false);
        Configuration cfg = configuration(loader);
        cfg.setTemplateUpdateDelayMilliseconds(0);
        return new TemplateCatalog(cfg, dir);
    }

    /** The lab's override folder, when this catalog has one. */
    public Optional<Path> overrideDir() {
        return Optional.ofNullable(overrideDir);
    }

    /** Renders a template (name relative to the templates root, e.g. "clab/topology.clab.yaml.ftl"). */
    public String render(String templateName, Object dataModel) {
        Template template;
        try {
            template = configuration.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new RenderException("template " + templateName + " not found (looked in "
                    + (overrideDir == null ? "" : overrideDir + " and ") + "the built-in templates)", e);
        } catch (IOException e) {
            throw new RenderException("template " + templateName + " cannot be read or parsed: " + e.getMessage(), e);
        }
        StringWriter out = new StringWriter(4096);
        try {
            template.process(dataModel, out);
        } catch (TemplateException e) {
            throw new RenderException("template " + templateName + " failed: " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException("template " + templateName + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static TemplateLoader classpathLoader() {
        return new ClassTemplateLoader(TemplateCatalog.class, CLASSPATH_ROOT);
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(loader);
        cfg.setObjectWrapper(objectWrapper());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setLocalizedLookup(false);
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        // Lab templates are user input: no ?new of arbitrary classes, no ?api.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setSharedVariable("yaml", new YamlScalar());
        return cfg;
    }

    /**
     * Records' accessors read as properties (node.name). FreeMarker detects records only through
     * its Java 16 multi-release classes, which a shaded jar without Multi-Release: true loses, so
     * zero-argument methods are exposed as properties for every class, not just records.
     */
    private static DefaultObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        builder.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return builder.build();
    }

    /** Lazily created once; the packaged templates never change while the JVM runs. */
    private static final class BuiltIn {
        static final TemplateCatalog INSTANCE;

        static {
            Configuration cfg = configuration(classpathLoader());
            cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
            INSTANCE = new TemplateCatalog(cfg, null);
        }
    }
}
