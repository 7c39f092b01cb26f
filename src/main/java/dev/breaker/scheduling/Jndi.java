package dev.breaker.scheduling;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** One JNDI look-up, with its naming context closed afterwards, for the container objects found at start-up. */
final class Jndi {
    private Jndi() {
    }

    /**
     * @param name a JNDI name
     * @return what is bound there
     * @throws NamingException when nothing is, or there is no JNDI (Quarkus, Weld SE)
     */
    static Object lookup(String name) throws NamingException {
        InitialContext naming = new InitialContext();
        try {
            return naming.lookup(name);
        } finally {
            naming.close();
        }
    }
}
