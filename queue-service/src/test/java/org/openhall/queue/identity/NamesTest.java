package org.openhall.queue.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keepsTheFirstCharacterOfAChineseName() {
        assertThat(Names.mask("张三")).isEqualTo("张*");
        assertThat(Names.mask("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void keepsTheInitialOfEachWordOfALatinName() {
        assertThat(Names.mask("John Smith")).isEqualTo("J*** S****");
        assertThat(Names.mask("  John   Smith ")).isEqualTo("J*** S****");
    }

    @Test
    void masksABlankNameAsAStar() {
        assertThat(Names.mask("  ")).isEqualTo("*");
    }
}
