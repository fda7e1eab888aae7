package cn.anju.placement;

/** An officer's change that the ledger or the city's schools and clinics do not allow; the message says why. */
public class PlacementRefusedException extends RuntimeException {

    public PlacementRefusedException(String message) {
        super(message);
    }
}
